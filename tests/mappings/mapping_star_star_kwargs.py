def f(a, b=2, **rest):
    return a, b, rest
class M:
    def __init__(self, d):
        self.d = d
    def keys(self):
        return list(self.d)
    def __getitem__(self, k):
        return self.d[k]
print(f(**M({"a": 1})), f(**M({"a": 1, "z": 9})), f(0, **M({"b": 5})))
try:
    f(1, **M({"a": 2}))
except TypeError as e:
    print(e)
try:
    f(**M({"a": 1}), **{"a": 2})
except TypeError as e:
    print(e)
print({**M({1: 2}), **{3: 4}}, dict(**{"k": 1}))
try:
    f(**M({5: 1}))
except TypeError as e:
    print(e)
