# Insertion order is preserved; updates keep position; delete then reinsert moves to end
d = {}
for key in ["z", "a", "m", "b"]:
    d[key] = len(d)
print(d, list(d))
d["a"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d)
d.pop("m")
d["m"] = 0
print(d, list(d.keys()), list(d.values()))
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e), dict(sorted(e.items())))
f = dict.fromkeys("hello")
print(f, list(f))
g = {1: 1, 2: 2}
g.update({3: 3, 1: 11})
print(g)
print({**{"x": 1, "y": 2}, "x": 3}, {"x": 3, **{"x": 1, "y": 2}})
big = {i: i * i for i in range(20, 0, -3)}
print(big)
for i in list(big):
    if i % 2:
        del big[i]
big[1] = 1
print(big)
