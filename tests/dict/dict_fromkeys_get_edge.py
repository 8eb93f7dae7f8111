# Edge cases: None values vs missing keys, falsy keys, numeric key equality
d = {0: "zero", "": "empty", None: "none", False: "false?", (): "tuple"}
print(d, len(d), d[0], d[False], d[0.0])
print(d.get(None), d.get("missing"), 0 in d, 0.0 in d, -0.0 in d, "" in d, () in d)
e = dict.fromkeys([1, 1.0, True, 2])
print(e, len(e))
f = {}
f[2] = "a"
f[2.0] = "b"
f[complex(2, 0)] = "c"
print(f, list(f.keys())[0], type(list(f)[0]).__name__)
g = {10**20: 1}
print(g.get(float(10**20)), g.get(10**20 + 0), 1e20 in g)
