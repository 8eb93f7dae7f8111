class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature {value} below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        """Fahrenheit view."""
        return self._c * 9 / 5 + 32


t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
t.celsius = -40
print(t.fahrenheit)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Temperature(-300)
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)


class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Data:
    @Lazy
    def expensive(self):
        print("computing")
        return 42


d = Data()
print(d.expensive, d.expensive, "expensive" in vars(d))


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expected {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name, self.age = name, age

    def __getattr__(self, item):
        return f"<no {item}>"


p = Person("ann", 30)
print(p.name, p.age, p.email, getattr(p, "phone"), hasattr(p, "x"))
for args in [("bob", "x"), (1, 2)]:
    try:
        Person(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class Audit:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v)

    def __delattr__(self, k):
        print("del", k)
        object.__delattr__(self, k)

    def __getattribute__(self, k):
        if k == "secret":
            raise AttributeError("no peeking")
        return object.__getattribute__(self, k)


a = Audit()
a.x = 1
del a.x
try:
    a.secret
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Person.__dict__["name"]).__name__, property.__name__, classmethod, staticmethod(len)(("a",)))
print(getattr(p, "zz", 1), setattr(p, "age", 5), p.age, delattr(p, "age") if False else "kept")
