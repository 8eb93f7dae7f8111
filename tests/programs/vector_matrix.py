import math


class Vector:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(float(x) for x in xs)

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __hash__(self):
        return hash(self.xs)

    def __bool__(self):
        return any(self.xs)

    def __repr__(self):
        return "Vector(" + ", ".join(f"{x:g}" for x in self.xs) + ")"


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(row, other)) for row in self.rows))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0.0
        for j, x in enumerate(self.rows[0]):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * x * minor.det()
        return total

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        width = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{width}g}" for x in r) + "]" for r in self.rows)


v = Vector(3, 4)
w = Vector(1, -2)
print(v, w, v + w, v - w, -v, 2 * v, v * 3)
print(v * w, abs(v), bool(Vector(0, 0)), bool(w))
print(v == Vector(3.0, 4.0), v != w, len({v, Vector(3, 4), w}))
print(list(v), v[1], v[-1], v[::-1])
try:
    v + 5
except TypeError as e:
    print("TypeError:", e)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
m = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(m)
print(m.det(), Matrix.identity(3).det())
print(m @ Matrix.identity(3) == m)
print(m @ Vector(1, 2, 3))
print(m.transpose())
print(m @ m.transpose())
rot = Matrix([[math.cos(math.pi / 2), -math.sin(math.pi / 2)], [math.sin(math.pi / 2), math.cos(math.pi / 2)]])
r = rot @ Vector(1, 0)
print(Vector(*(round(x, 9) for x in r)))
print(f"{math.hypot(*v):.3f} {math.atan2(4, 3):.6f} {math.degrees(math.atan2(4, 3)):.4f}")
