from collections import OrderedDict
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == dict(b), dict(b) == a, a != b)
a["z"] = 0
del a["x"]
a["x"] = 5
print(list(a.items()))
print(a.keys(), a.values(), a.items())
for k in a:
    print(k, a[k])
c = a.copy()
c.move_to_end("y")
print(list(c), list(a))
print(OrderedDict(zip("abc", range(3))))
print(a.get("nope", "dflt"), a.pop("z"), len(a))
