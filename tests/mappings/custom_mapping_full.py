class M:
    def __init__(self):
        self._d = {"a": 1, "b": 2}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
    def __contains__(self, k):
        return k in self._d
    def keys(self):
        return self._d.keys()
    def __eq__(self, o):
        return dict(self) == o
m = M()
print(dict(m), {**m}, {**m, "c": 3})
d = {}
d.update(m)
print(d)
def f(**kw):
    return kw
print(f(**m))
print("{a}-{b}".format_map(m), "{a}".format(**m))
print("a" in m, "z" in m, len(m), list(m), m == {"a": 1, "b": 2})
m["c"] = 3
del m["a"]
print(dict(m))
print(sorted(m), list(iter(m)))
