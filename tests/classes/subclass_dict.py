# Subclassing dict: __missing__, overridden methods, and what builtins bypass.
class DefaultDict(dict):
    def __missing__(self, key):
        print("__missing__", key)
        value = self[key] = len(key)
        return value

d = DefaultDict(a=1)
print(d["a"], d["hello"], d)
print(d.get("zzz", "get does not call __missing__"))
print("zzz" in d)

class UpperKeys(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())

u = UpperKeys()
u["abc"] = 1
print(u, u["ABC"], u["aBc"])
u2 = UpperKeys({"lower": 2})
print(u2)
u2.update(more=3)
print(u2)

class Counting(dict):
    def __len__(self):
        return 1000
c = Counting(x=1)
print(len(c), bool(c), list(c))
print(type(c).__name__, isinstance(c, dict), type(c.copy()).__name__)
print(Counting(a=1) == {"a": 1})
m = DefaultDict(x=1) | {"y": 2}
print(type(m).__name__, m)

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
a = Attr(host="h", port=1)
print(a.host, a.port)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
