class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(3)), 2 in Countdown(3))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), list(reversed([1, 2, 3])))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate("abc", start=1)), list(zip([1, 2, 3], "ab")))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "x"])))
print(any(x > 2 for x in [1, 2, 3]), all([]), sorted("banana", reverse=True))
r = range(10, 0, -3)
print(list(r), len(r), r[1], r[-1], 4 in r, r.index(7), r.count(4), r)
print(range(0, 10, 2)[1:3], list(range(5))[::-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
sentinel_iter = iter([1, 2, 0, 3].pop, 0)
print(list(sentinel_iter))
import itertools
print(list(itertools.chain([1], (2, 3))), list(itertools.accumulate([1, 2, 3])))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabbc")])
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3])
print(list(itertools.combinations("abcd", 2))[:3], list(itertools.zip_longest("ab", "c", fillvalue="-")))
m = map(str, [1, 2])
print(type(m).__name__, next(m), list(m), list(m))
z = zip()
print(list(z), list(zip(*[(1, 2), (3, 4)])))
d = {"a": 1}
it = iter(d)
print(next(it), type(it).__name__)
print(list(iter(iter([5, 6]))))
