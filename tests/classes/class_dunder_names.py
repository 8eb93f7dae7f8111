# __name__, __qualname__, __module__, __doc__, __class__, __dict__ of classes and instances.
class Outer:
    """Outer doc."""
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local

print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
L = Outer().method()
print(L.__name__, L.__qualname__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__, type(o).__qualname__)
print(o.__dict__, o.__module__, o.__doc__)
ns = Outer.__dict__
print(sorted(k for k in ns if not k.startswith("__")), "__doc__" in ns, "__module__" in ns)
print(type(Outer.__dict__).__name__)
try:
    Outer.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
x = A()
x.__class__ = B
print(x.who(), type(x).__name__)
try:
    x.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(type(o.__class__).__name__, int.__class__.__name__, (5).__class__.__name__)
