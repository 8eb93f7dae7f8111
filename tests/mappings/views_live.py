d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, i)
del d["a"]
print(len(k), len(v), len(i), list(k), list(v), list(i))
print("b" in k, "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i, "b" in i)
d.clear()
print(k, v, i, len(k))
