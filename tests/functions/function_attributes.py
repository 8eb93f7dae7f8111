# Function attributes: __name__, __qualname__, __doc__, __module__, __dict__.
def documented(a, b=2):
    """Adds things."""
    return a + b

def undocumented():
    pass

print(documented.__name__, documented.__qualname__)
print(documented.__doc__)
print(undocumented.__doc__)
print(documented.__module__)
print(documented.__defaults__)
print(documented.__dict__)
documented.custom = "attached"
documented.count = 0
documented.count += 1
print(sorted(documented.__dict__.items()))
print(documented.custom, getattr(documented, "count"))

class Holder:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass

print(Holder.method.__qualname__)
print(Holder().method().__qualname__)
print(Holder.Inner.deep.__qualname__)
print(Holder.Inner.__qualname__)

documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
documented.__qualname__ = "Some.path"
print(documented.__qualname__)
documented.__doc__ = "new doc"
print(documented.__doc__)
try:
    documented.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(documented).__name__, callable(documented))
try:
    print(documented.missing)
except AttributeError as e:
    print(type(e).__name__, e)
