# Singletons and instance caching through __new__.
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("creating the one instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("__init__ runs every time")

a = Singleton()
b = Singleton()
print(a is b)

class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]

x = Interned("x")
y = Interned("y")
x2 = Interned("x")
print(x is x2, x is y, sorted(Interned._cache))

class PerSubclass:
    _instances = {}
    def __new__(cls):
        return cls._instances.setdefault(cls, super().__new__(cls))

class A(PerSubclass): pass
class B(PerSubclass): pass
print(A() is A(), B() is B(), A() is B())
print(len(PerSubclass._instances))
