class Tracked(set):
    def add(self, x):
        print("add", x)
        super().add(x)
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)
t = Tracked([1])
t.add(2)
print(2 in t)
t |= {3}
print(sorted(t))
print(t.issubset({1, 2, 3, 4}))
class Hashed(frozenset):
    def __hash__(self):
        return 42
print(hash(Hashed([1])), Hashed([1]) == frozenset([1]))
print({Hashed([1]): 1}.get(frozenset([1])))
