d = {}
print(d.setdefault("a"), d.setdefault("a", 5), d.setdefault("b", []), d)
d.setdefault("b").append(1)
print(d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ["w", 4]])
d.update(q=0)
d.update()
print(d)
class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
d.update(M())
print(d)
try:
    d.update([1])
except TypeError as e:
    print(e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    d.update({}, {})
except TypeError as e:
    print(e)
print(dict(M(), extra=1))
