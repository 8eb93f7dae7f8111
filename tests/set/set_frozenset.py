# frozenset: construction, repr, hashability, use as dict key and set element
fs = frozenset([3, 1, 2, 3])
print(fs, repr(frozenset()), frozenset("aa"), frozenset(range(5)), len(fs), 2 in fs)
d = {fs: "three", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()], frozenset({1, 2, 3}) in d)
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), frozenset([1]) in nested)
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(fs | {4}, fs & {1, 5}, fs - {1}, fs ^ {1, 9}, type(fs - {1}).__name__)
print(fs.union([7]), fs.copy() == fs, fs.issubset(range(5)), sorted(fs))
print(frozenset([1, 2]) == {1, 2}, {frozenset([1, 2]): 1}.get(frozenset({2, 1})))
class MyFS(frozenset):
    pass
m = MyFS([1, 2])
print(m, type(m).__name__, m | {3}, type(m | {3}).__name__)
print(sorted(m for m in dir(frozenset) if not m.startswith("_")))
try:
    fs.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
