# Locals that are not plain dicts: dict subclasses with __missing__, user mappings, ChainMap.
import collections
class Lazy(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("a + b", {}, Lazy(a="1")))
class Loud:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k); return self.d[k]
    def __setitem__(self, k, v):
        print("set", k); self.d[k] = v
    def __delitem__(self, k):
        print("del", k); del self.d[k]
m = Loud()
exec("x = 1\ny = x + 1\ndel x", {}, m)
print(m.d)
cm = collections.ChainMap({"a": 1}, {"b": 2})
print(eval("a + b", {}, cm))
class K:
    exec("z = 5")
    w = z + 1
print(K.z, K.w)
def f():
    class Inner:
        v = eval("3 * 3")
    return Inner.v
print(f())
try:
    eval("len(q)", {}, Lazy())
except TypeError as e:
    print(type(e).__name__, e)
