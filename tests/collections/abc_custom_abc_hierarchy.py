from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def perimeter(self):
        return 4 * self.w
    def __init__(self, s):
        super().__init__(s, s)
try:
    Rect(1, 2)
except TypeError as e:
    print(e)
s = Square(3)
print(s.area(), s.perimeter(), isinstance(s, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Rect.__abstractmethods__), sorted(Square.__abstractmethods__))
class Mixed(ABC):
    def concrete(self):
        return "ok"
print(Mixed().concrete(), Mixed.__abstractmethods__)
class Overridden(Square):
    area = None
print(Overridden(2).perimeter())
