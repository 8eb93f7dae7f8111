d = {1: "x", 2: "y", 3: "z"}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(d.keys().mapping, d.values().mapping is not None, d.items().mapping == d)
m = d.keys().mapping
print(type(m).__name__, m[1])
try:
    m[4] = 1
except TypeError as e:
    print(e)
print(type(reversed(d.keys())).__name__, type(iter(d.items())).__name__)
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
