from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], len(p), tuple(p), p == (1, 2))
print(Point._fields, p._asdict(), p._replace(x=5))
print(Point._make([3, 4]), isinstance(p, tuple), type(p).__name__)
x, y = p
print(x + y)
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3._field_defaults)
P4 = namedtuple("P4", "a, b")
print(P4(1, 2))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", ["def"])
except ValueError as e:
    print(e)
R = namedtuple("R", ["a", "def", "a"], rename=True)
print(R._fields)
try:
    p.x = 9
except AttributeError as e:
    print(e)
print(hash(p) == hash((1, 2)), Point.__doc__)
class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4))
