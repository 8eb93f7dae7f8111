d = {"a": [1], "b": (2, 3)}
print(repr(d.keys()), repr(d.values()), repr(d.items()))
print({}.keys(), {}.values(), {}.items())
d["self"] = d
print(d.values())
print(d.items())
