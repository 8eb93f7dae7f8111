# Set and dict comprehensions, including duplicate keys and ordering.
print({n % 4 for n in range(20)})
print(sorted({c for c in "mississippi"}))
print({x * x for x in [-2, -1, 0, 1, 2]})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({n: n ** 2 for n in range(5)})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({c: "mississippi".count(c) for c in "mississippi"})
print({k: None for k in "cab"})
print({(i, j): i + j for i in range(2) for j in range(2)})
print({len(w): w for w in ["a", "bb", "cc", "d"]})
print(type({x for x in ""}).__name__, type({x: x for x in ""}).__name__)
print({} == {k: 1 for k in []}, set() == {x for x in []})
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
def key(k):
    print("key", k)
    return k
def value(v):
    print("value", v)
    return v
print({key(k): value(k * 10) for k in range(2)})
