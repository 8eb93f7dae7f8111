import copy
class S(set): pass
class FS(frozenset): pass
class B(bytes): pass
class T(tuple): pass
class C(complex): pass
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = [1]
for v in [S({1, 2}), FS({3}), B(b"ab"), T((1, [2])), C(1+2j), D(a=[1])]:
    s = copy.copy(v); d = copy.deepcopy(v)
    print(type(s).__name__, s == v, type(d).__name__, d == v, getattr(d, "extra", None))
print(copy.deepcopy({(1, 2): [3], frozenset([4]): {5}}))
class E(Exception):
    pass
e = E("a", 1); e.note = "n"
e2 = copy.deepcopy(e)
print(e2.args, e2.note, type(e2).__name__)
import collections
print(copy.deepcopy(collections.ChainMap({1: 2}, {3: 4})))
print(copy.copy(collections.UserList([1, 2])), copy.deepcopy(collections.UserDict(a=1)))
import array
print(copy.copy(array.array('i', [1, 2])), copy.deepcopy(array.array('d', [1.5])))
