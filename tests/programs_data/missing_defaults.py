class Defaults(dict):
    def __missing__(self, key):
        value = key.upper()
        self[key] = value
        return value

d = Defaults(a="x")
print(d["a"], d["b"], d, d.get("c"), "c" in d)
print("{a}-{zz}".format_map(d), d)

class Counting(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.misses = 0
    def __missing__(self, key):
        self.misses += 1
        raise KeyError(f"no {key}")
c = Counting(one=1)
try:
    c["two"]
except KeyError as e:
    print(type(e).__name__, e, c.misses)
class Template(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("Hello {name}, you are {age}".format_map(Template(name="Ann")))
try:
    "{name}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{name}".format_map([])
except TypeError as e:
    print(type(e).__name__, e)
class Str(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
s = Str(a=1)
print(s["a"], dict(s), {**s}, s.get("a"), list(s.values()))
def kw(**x):
    return x
print(kw(**s))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
u.update(y=2)
u.setdefault("z", 3)
print(u)
class WithKeys(dict):
    def keys(self):
        return ["only"]
    def __getitem__(self, k):
        return 42
w = WithKeys(a=1, only=0)
print(dict(w), {**w}, kw(**w))
try:
    Defaults.__missing__
    print(dict.__missing__)
except AttributeError as e:
    print(type(e).__name__, e)
