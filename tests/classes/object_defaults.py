# Default behaviour inherited from object.
class Plain:
    pass

a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a)
print(type(a.__eq__(b)).__name__, a.__eq__(b) is NotImplemented)
print(a.__hash__() == a.__hash__(), len({a, b, a}))
print(bool(a), str(a) == repr(a))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "__dict__"), hasattr(a, "__dict__"))
print(type(o).__name__, object.__name__, object.__bases__)
print(isinstance(a, object), isinstance(5, object), isinstance(Plain, object))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.__init__ is object.__init__, Plain.__eq__ is object.__eq__)
print(sorted(k for k in ("__eq__", "__hash__", "__repr__", "__str__", "__init__", "__nonexistent__") if hasattr(object, k)))
print(f"{a!s}" == str(a), format(a, "") == str(a))
try:
    format(a, "x")
except TypeError as e:
    print(type(e).__name__, e)
