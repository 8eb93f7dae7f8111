class S(set):
    pass
class F(frozenset):
    pass
a = S([1, 2])
print(type(a | {3}).__name__, type({3} | a).__name__)
print(type(a.copy()).__name__, type(a.union()).__name__)
f = F([1, 2])
print(type(f | {3}).__name__, type(f.copy()).__name__, f.copy() is f)
print(type(frozenset(f)).__name__, frozenset(f) is f)
ff = frozenset([1])
print(frozenset(ff) is ff)
print(hash(f) == hash(frozenset([1, 2])))
print(a == {1, 2}, f == {1, 2}, isinstance(a, set), isinstance(f, frozenset))
class R(set):
    def __or__(self, other):
        return "custom or"
    def __ror__(self, other):
        return "custom ror"
print(R() | {1}, {1} | R())
class T(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
t = T([3, 1], "x")
print(t, t.tag, sorted(t - {1}))
