# __missing__ on dict subclasses and overriding __getitem__
class Default(dict):
    def __missing__(self, key):
        self[key] = value = len(key) if isinstance(key, str) else 0
        return value
d = Default(a=1)
print(d["a"], d["hello"], d[5], d)
print(d.get("zzz"), "zzz" in d)
class Upper(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key.upper())
u = Upper(A=1)
print(u["a"], u.get("a"), dict(u))
class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(c, type(c).__name__)
