from collections.abc import Sequence
class Range3(Sequence):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(3))]
        if i < 0:
            i += 3
        if not 0 <= i < 3:
            raise IndexError("out")
        return i * 2
    def __len__(self):
        return 3
r = Range3()
print(list(r), r[::-1], list(reversed(r)), 4 in r, 5 in r, r.index(4), r.count(2))
print(sorted(r, reverse=True), max(r), tuple(r), [*r])
a, b, c = r
print(a, b, c)
print(isinstance(r, Sequence), isinstance(r, list))
