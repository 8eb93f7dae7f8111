class Frozen:
    __slots__ = ("_data",)
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")
    def __delattr__(self, name):
        raise AttributeError("frozen")
    def __eq__(self, other):
        return isinstance(other, Frozen) and self._data == other._data
    def __hash__(self):
        return hash(tuple(sorted(self._data.items())))
    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v!r}" for k, v in self._data.items()) + ")"
f = Frozen(x=1, y="a")
print(f, f.x, f.y, f == Frozen(x=1, y="a"), len({f, Frozen(y="a", x=1)}))
for act in [lambda: setattr(f, "x", 2), lambda: f.z, lambda: delattr(f, "x")]:
    try:
        act()
    except AttributeError as e:
        print(e)
class Tracked:
    def __init__(self):
        self.changes = []
        self.a = 1
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        super().__setattr__(name, value)
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return super().__getattribute__(name)
t = Tracked(); t.a = 2; t.b = 3
print(t.changes, t.secret, t.a, vars(t))
class Lazy:
    def __init__(self): self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        value = name.upper()
        setattr(self, name, value)
        return value
z = Lazy()
print(z.foo, z.foo, z.bar, z.calls)
class Cached:
    def __init__(self, fn): self.fn = fn; self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj); obj.__dict__[self.name] = v; return v
class Circle:
    def __init__(self, r): self.r = r
    @Cached
    def area(self):
        print("  computing")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, type(Circle.area).__name__)
