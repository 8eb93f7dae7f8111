# __slots__ restricts instance attributes and removes __dict__.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(Point.__slots__))
print(type(Point.__dict__["x"]).__name__)

class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))

class Loose(Point):
    pass
l = Loose(0, 0)
l.anything = "allowed"
print(l.anything, hasattr(l, "__dict__"))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
