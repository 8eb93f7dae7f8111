import math


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self


v = Vector(3, 4)
w = Vector(1, 2)
print(v + w, v - w, v * 2, 3 * v, -v, abs(v), bool(Vector()))
print(f"{v:.2f}", format(w, "05"))
print(list(v), v[0], v[-1], len(v), tuple(v), {v: 1}[Vector(3, 4)])
x, y = v
print(x, y)
u = v
u += w
print(u is v, v)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v * "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    v.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    v[5]
except IndexError as e:
    print(type(e).__name__, e)
print(v == (4, 6), v != Vector(4, 6), sorted([Vector(2, 1), Vector(1, 2)], key=tuple))
print(Vector.__slots__, hasattr(Vector, "x"), type(Vector.x).__name__)
print(sum([Vector(1, 1), Vector(2, 2)], Vector()))
try:
    sum([Vector(1, 1)])
except TypeError as e:
    print(type(e).__name__, e)
