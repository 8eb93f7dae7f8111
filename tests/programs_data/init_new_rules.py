class Temperature:
    def __new__(cls, celsius):
        if celsius < -273.15:
            raise ValueError(f"below absolute zero: {celsius}")
        inst = super().__new__(cls)
        inst._created = True
        return inst
    def __init__(self, celsius):
        self.celsius = celsius
    def __repr__(self):
        return f"Temperature({self.celsius})"

print(Temperature(20), Temperature(0)._created)
try:
    Temperature(-300)
except ValueError as e:
    print(type(e).__name__, e)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __init__(self, x, y):
        self.label = f"{x},{y}"
p = Point(1, 2)
print(p, p.label, p[0], len(p), isinstance(p, tuple))

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
print(Upper("abc"), type(Upper("x")).__name__, Upper("a") == "A")

class Meters(float):
    def __new__(cls, v, unit="m"):
        factor = {"m": 1, "km": 1000, "cm": 0.01}[unit]
        return super().__new__(cls, v * factor)
print(Meters(2, "km"), Meters(5), Meters(3) + 1)
try:
    Meters(1, "mi")
except KeyError as e:
    print(type(e).__name__, e)

class Base:
    def __init__(self, name):
        self.name = name
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
c = Child("kid", 7)
print(vars(c))
try:
    Child("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Base("a", extra=1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
print(OnlyNew(1, 2).args)
class BadNew:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    BadNew(1)
except TypeError as e:
    print(type(e).__name__, e)
class Returns:
    def __new__(cls):
        return [1, 2]
    def __init__(self):
        raise AssertionError("not called")
print(Returns())
class Factory:
    registry = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Factory.registry[kind] = cls
    @classmethod
    def create(cls, kind, *a):
        try:
            return cls.registry[kind](*a)
        except KeyError:
            raise ValueError(f"unknown kind {kind!r}") from None
class Circle(Factory, kind="circle"):
    def __init__(self, r):
        self.r = r
print(Factory.create("circle", 2).r, sorted(Factory.registry))
try:
    Factory.create("square")
except ValueError as e:
    print(type(e).__name__, e)
