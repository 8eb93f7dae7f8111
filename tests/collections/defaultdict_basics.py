from collections import defaultdict
d = defaultdict(list)
d["a"].append(1); d["a"].append(2); d["b"]
print(d, dict(d), d.default_factory)
c = defaultdict(int)
for w in "abracadabra":
    c[w] += 1
print(sorted(c.items()))
n = defaultdict()
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
print(n.get("x"), "x" in n)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
dd = defaultdict(lambda: "z", {"k": 1}, m=2)
print(dd["q"], sorted(dd.items()))
print(repr(defaultdict(int)), repr(defaultdict(None, {1: 2})))
cp = d.copy()
print(type(cp).__name__, cp.default_factory is list, cp == d)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
print(nested["x"]["y"], isinstance(d, dict))
