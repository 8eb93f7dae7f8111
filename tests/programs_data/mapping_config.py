from collections.abc import Mapping, MutableMapping

class Config(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._store = {}
        self.update(*args, **kwargs)
    def __getitem__(self, key):
        return self._store[key.lower()]
    def __setitem__(self, key, value):
        self._store[key.lower()] = value
    def __delitem__(self, key):
        del self._store[key.lower()]
    def __iter__(self):
        return iter(self._store)
    def __len__(self):
        return len(self._store)
    def __repr__(self):
        return f"Config({self._store})"

c = Config({"Host": "localhost"}, Port=8080)
c["DEBUG"] = True
print(c, len(c), "host" in c, "HOST" in c, c.get("missing", "dflt"))
print(dict(c), {**c}, list(c.items()), list(c.keys()), list(c.values()))
print(c.pop("debug"), c.setdefault("user", "root"), c.popitem(), c)
try:
    c["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    c.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
def connect(host, port=0, **extra):
    return f"{host}:{port} {extra}"
c["port"] = 1234; c["host"] = "localhost"
print(connect(**c))
print("{host} on {port}".format_map(c), "{host}".format(**c))
print(c == {"host": "localhost", "port": 1234}, c == Config(HOST="localhost", port=1234))
c.clear()
print(c, bool(c))

class ReadOnly(Mapping):
    def __init__(self, data):
        self._d = dict(data)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = ReadOnly(a=1, b=2) if False else ReadOnly({"a": 1, "b": 2})
print(r["a"], r.get("z"), "a" in r, sorted(r.items()), r.keys() == {"a", "b"}, dict(r))
try:
    r["a"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Mapping()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Mapping):
    def __getitem__(self, k):
        return k
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(r, Mapping), isinstance({}, MutableMapping), isinstance(r, MutableMapping), issubclass(dict, Mapping))

class Keys:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
print(dict(Keys()), {**Keys()}, connect(**{"host": "h"}))
def f(**kw):
    return kw
print(f(**Keys()))
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    connect("a", **{"host": "b"})
except TypeError as e:
    print(type(e).__name__, e)
