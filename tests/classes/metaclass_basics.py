# Metaclasses: __new__/__init__/__call__ hooks and class-level behaviour.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by_meta = True
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
    def method(self):
        pass

class Derived(Base, option="x"):
    extra = 1

obj = Derived(5)
print(obj.v, Derived.created_by_meta)
print(type(Base).__name__, type(Derived).__name__, type(Meta).__name__)
print(Derived.describe())
print(hasattr(obj, "describe"))
print(isinstance(Derived, Meta), isinstance(obj, Meta))

class CountingMeta(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        CountingMeta.count += 1
        return super().__call__(*args, **kwargs)

class Counted(metaclass=CountingMeta):
    pass
Counted(); Counted(); Counted()
print(CountingMeta.count)

class OtherMeta(type):
    pass
class Other(metaclass=OtherMeta):
    pass
try:
    class Conflict(Base, Other):
        pass
except TypeError as e:
    print(type(e).__name__, e)
