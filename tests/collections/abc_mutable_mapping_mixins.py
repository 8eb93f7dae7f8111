from collections.abc import MutableMapping, Mapping
class Store(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
s = Store({"a": 1}, b=2)
print(len(s), s["a"], s.get("b"), s.get("z"), s.get("z", 0), "a" in s, "q" in s)
print(list(s.keys()), list(s.values()), list(s.items()))
print(type(s.keys()).__name__, type(s.items()).__name__)
print(s.setdefault("c", 3), s.setdefault("a", 9), s.pop("c"), s.pop("zz", None))
try:
    s.pop("zz")
except KeyError as e:
    print("KeyError", e)
s.update([("x", 10)])
s.update(y=11)
print(dict(s), s == {"a": 1, "b": 2, "x": 10, "y": 11}, s != {})
print(s.popitem(), len(s))
s.clear()
print(len(s), dict(s))
try:
    s.popitem()
except KeyError as e:
    print("KeyError", e)
print(isinstance(s, Mapping), isinstance(s, dict))
print({**Store(q=1)}, dict(Store(r=2)))
print("a" in Store(a=1).keys(), ("a", 1) in Store(a=1).items(), 1 in Store(a=1).values())
print(Store(a=1).keys() & {"a", "b"})
