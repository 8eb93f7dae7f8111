class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        if kwargs:
            raise TypeError(f"unexpected {sorted(kwargs)}")

    def greet(self):
        return "base"


class Logged(Base):
    def __init__(self, level="info", **kwargs):
        super().__init__(**kwargs)
        self.level = level
        self.log.append("Logged")

    def greet(self):
        return f"logged({super().greet()})"


class Cached(Base):
    def __init__(self, size=8, **kwargs):
        super().__init__(**kwargs)
        self.size = size
        self.log.append("Cached")

    def greet(self):
        return f"cached({super().greet()})"


class Service(Logged, Cached):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Service")

    def greet(self):
        return f"service[{self.name}]:{super().greet()}"

    def __str__(self):
        return f"{self.name} level={self.level} size={self.size}"


s = Service("api", level="debug", size=32)
print(s.log, s.greet())
print(str(s), [c.__name__ for c in Service.__mro__])
try:
    Service("x", colour="red")
except TypeError as e:
    print("TypeError:", e)


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls

    def run(self, data):
        raise NotImplementedError(type(self).__name__ + ".run")


class Upper(Plugin):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, name="rev"):
    def run(self, data):
        return data[::-1]


class Broken(Plugin):
    pass


print(sorted(Plugin.registry))
for key in ["upper", "rev", "broken"]:
    try:
        print(key, Plugin.registry[key]().run("hello"))
    except NotImplementedError as e:
        print("NotImplementedError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        cls.created = True
        return cls

    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"


class Tagged(metaclass=Meta):
    pass


class Special(Tagged):
    tag = "sp"


print(Tagged, Special, Special.created, type(Special) is Meta, isinstance(Special(), Tagged))


class Proxy:
    def __init__(self, target):
        self._target = target
        self._calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*args):
                self._calls.append(name)
                return attr(*args)
            return wrapped
        return attr


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p._calls, p.count(1))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
Dyn = type("Dyn", (Upper,), {"extra": lambda self: 42})
print(Dyn().run("abc"), Dyn().extra(), Dyn.__name__, Dyn.__bases__, "dyn" in Plugin.registry)
print(hasattr(s, "level"), getattr(s, "missing", "default"), vars(Reverse()) == {})
setattr(s, "level", "warn")
delattr(s, "size")
print(s.__dict__)
