from collections.abc import Mapping
class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
f = Frozen(a=1, b=2)
print(f["a"], f.get("c", 3), "a" in f, list(f.keys()), list(f.items()), list(f.values()))
print(f == {"a": 1, "b": 2}, f == Frozen(b=2, a=1), f != {"a": 1})
print(dict(f), {**f})
print(hasattr(f, "pop"), hasattr(f, "__setitem__"))
print(f.__hash__)
try:
    f["zz"]
except KeyError as e:
    print("KeyError", e)
