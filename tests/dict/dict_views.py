# keys/values/items views: repr, len, membership, dynamic updates, set ops on keys
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, "z" in k)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(k & {"b", "z"}, sorted(k | {"x"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), k == {"b", "c", "d"})
print(sorted(i & {("b", 2), ("c", 0)}), k.isdisjoint(["x"]), list(reversed(k)), list(reversed(d.values())))
print(type(k).__name__, type(v).__name__, type(i).__name__, {}.keys(), {}.items(), {}.values())
print(v == v, list(d.values()) == [2, 3, 4])
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
it = iter(k)
print(next(it))
d["new"] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d.items(), key=lambda kv: -kv[1]))
