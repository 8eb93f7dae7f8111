# Dict views are live, iterable, and their iterators have fixed order (insertion).
d = {"b": 2, "a": 1}
keys, values, items = d.keys(), d.values(), d.items()
print(list(keys), list(values), list(items))
d["c"] = 3
print(list(keys), list(values), list(items), len(keys))
del d["b"]
print(list(keys), "a" in keys, 1 in values, ("a", 1) in items)
print(keys & {"a", "z"} == {"a"}, sorted(keys | {"q"}), sorted(keys - {"a"}))
print(list(reversed(keys)), list(reversed(items)))
d["b"] = 20
print(list(d), list(d.items()))
d["a"] = 100
print(list(d.items()))
it = iter(d)
print(next(it))
d.pop("c")
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(keys == {"a", "b"}, values == values, items == {("a", 100), ("b", 20)})
print(list(dict.fromkeys("abca")), dict.fromkeys([1, 2], 0))
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
