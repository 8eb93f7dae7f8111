# tuple() from iterables, iteration, and tuple-returning builtins
print(tuple([1, 2]), tuple(x * x for x in range(4)), tuple(iter("ab")), tuple({"k": 1}.items()), tuple(reversed((1, 2, 3))))
print(divmod(7, 2), type(divmod(7, 2)).__name__, (1.5).as_integer_ratio(), "a=b".partition("="))
print(tuple(zip((1, 2), "xy")), tuple(enumerate("ab", 5)), tuple(map(str, (1, 2))))
t = (5, 3, 8)
print(sorted(t), type(sorted(t)).__name__, sum(t), min(t), max(t), len(t), any(t), all(()))
for item in t:
    print(item, end=";")
print()
it = iter(t)
print(next(it), list(it))
class MyTuple(tuple):
    pass
m = MyTuple([1, 2])
print(m, type(m).__name__, m + (3,), type(m + (3,)).__name__, m == (1, 2), m[0], isinstance(m, tuple))
