class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[name.lower()] = cls
        cls.tag = kwargs.get("tag", "none")
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = "meta"
        return inst

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Plugin(metaclass=Registry):
    def run(self):
        return f"{type(self).__name__} running"


class Alpha(Plugin, tag="a"):
    pass


class Beta(Plugin):
    def __init__(self, x=1):
        self.x = x


print(Registry.plugins)
print(Alpha.tag, Beta.tag, type(Alpha), type(Plugin).__name__)
b = Beta(5)
print(b.x, b.created_by, b.run(), isinstance(Alpha, Registry))


class Base:
    subclasses = []

    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)


class A(Base, prefix="aa"):
    pass


class B(A):
    pass


print(Base.subclasses, A.prefix, B.prefix)


class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)


class Point:
    x = Desc()
    y = Desc()


p = Point()
print(p.x)
p.x = 3
print(p.x, p.__dict__, type(Point.x).__name__)
try:
    p.y = "no"
except TypeError as e:
    print(type(e).__name__, e)
Dyn = type("Dyn", (Base,), {"v": 1, "get": lambda self: self.v * 2})
print(Dyn().get(), Dyn.__name__, Dyn.prefix, Base.subclasses)
print(type(type), type(int), type(3).__mro__)
try:
    class Bad(metaclass=Registry, unknown=1):
        pass
    print(Bad.tag)
except TypeError as e:
    print(type(e).__name__, e)
