a = {1, 2, 3}
print(a.union(), a.union([4]), a.union([5], (6,), range(7, 9), b"x"))
print(a | {9})
print(frozenset(a).union([10]), type(frozenset(a).union([10])).__name__)
print(a.union({1: 2}))
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a.union(5)
except TypeError as e:
    print(e)
print(a.union(iter([42])))
