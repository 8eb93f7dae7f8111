# Dicts iterate in insertion order; updates keep position, delete + insert moves to the end.
d = {}
for key in ["banana", "apple", "cherry"]:
    d[key] = len(key)
print(list(d))
d["apple"] = 0
print(list(d.items()))
del d["banana"]
d["banana"] = 6
print(list(d))
d.update({"apple": 1, "date": 4})
print(list(d.items()))
print(d.popitem(), list(d))
d.setdefault("elder", 5)
d.setdefault("apple", 99)
print(list(d.items()))
print(list(dict.fromkeys("mississippi")))
merged = {"x": 1, "y": 2} | {"y": 20, "z": 3}
print(merged)
m = {"a": 1}
m |= {"b": 2, "a": 0}
print(m)
print({**{"p": 1, "q": 2}, "p": 10})
copy = dict(d)
print(list(copy) == list(d), copy == d)
snapshot = list(d)
for key in snapshot:
    if key.startswith("a"):
        del d[key]
print(list(d))
print(list(reversed(d)), list(reversed(d.values())))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
