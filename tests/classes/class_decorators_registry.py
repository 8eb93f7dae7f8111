# Class decorators that register, wrap or replace classes.
registry = {}

def register(name):
    def deco(cls):
        print("registering", cls.__name__, "as", name)
        registry[name] = cls
        return cls
    return deco

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"
    cls.__repr__ = __repr__
    return cls

def add_init(cls):
    fields = cls.fields
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"expected {len(fields)} arguments, got {len(args)}")
        for f, v in zip(fields, args):
            setattr(self, f, v)
    cls.__init__ = __init__
    return cls

@register("pt")
@add_repr
@add_init
class Point:
    fields = ("x", "y")

p = Point(1, "two")
print(p, sorted(registry))
print(registry["pt"] is Point)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)

def make_final(cls):
    def __init_subclass__(sub, **kw):
        raise TypeError(f"{cls.__name__} is final")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls

@make_final
class Sealed:
    pass
try:
    class Sub(Sealed):
        pass
except TypeError as e:
    print(type(e).__name__, e)

def to_instance(cls):
    return cls()
@to_instance
class single:
    value = 3
print(type(single).__name__, single.value)
