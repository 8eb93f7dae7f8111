from abc import ABC, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.3f} perim={self.perimeter():.3f}"

    def __str__(self):
        return self.describe()


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return "Rect(%d, %d)" % (self.w, self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Broken(Shape):
    def area(self):
        return 0


try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Broken()
except TypeError as e:
    print(type(e).__name__, e)

shapes = [Circle(1), Rect(2, 3), Square(4)]
for s in shapes:
    print(s)
print(repr(shapes[2]), str(shapes[1]))
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.area())])
print(sum(s.area() for s in shapes))
print([type(s).__mro__[1].__name__ for s in shapes])
print(Square.__bases__, Square.__name__, Square.__qualname__)
print(isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__))
print(f"{math.pi:10.4f}|{math.e:<10.2e}|{100:^10}|{255:#x}|{255:08b}")
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(divmod(17, -5), -17 // 5, -17 % 5, 2 ** -1, 7 / 2)
