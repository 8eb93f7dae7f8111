import math
from abc import ABC, abstractmethod


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    @staticmethod
    def total_area(shapes):
        return sum(s.area() for s in shapes)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)

    @property
    def aspect(self):
        return self.w / self.h

    @aspect.setter
    def aspect(self, value):
        if value <= 0:
            raise ValueError("aspect must be positive")
        self.w = self.h * value


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Blob(Shape):
    def area(self):
        return 0


try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Blob("b")
except TypeError as e:
    print("TypeError:", e)
shapes = [Circle(1), Rect(3, 4), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(f"total={Shape.total_area(shapes):.4f} count={Shape.count}")
r = shapes[1]
print(r.diagonal, r.aspect)
r.aspect = 2
print(r.w, r.h, r.area())
try:
    r.aspect = -1
except ValueError as e:
    print(e)
try:
    r.diagonal = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(e)
print([type(s).__name__ for s in shapes], [isinstance(s, Rect) for s in shapes])
print(Square.__mro__)
print(Square.__bases__, Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
biggest = max(shapes, key=lambda s: s.perimeter())
print(biggest.name, round(biggest.perimeter(), 2))
