# Overriding and extending properties in subclasses.
class Shape:
    def __init__(self, size):
        self._size = size
    @property
    def area(self):
        return self._size ** 2
    @property
    def name(self):
        return "shape"

class Circle(Shape):
    @property
    def area(self):
        return round(3.14159 * self._size ** 2, 2)
    @property
    def name(self):
        return "circle, a " + super().name

class Labeled(Shape):
    @Shape.area.getter
    def area(self):
        return "labeled " + str(Shape.area.fget(self))
    @area.setter
    def area(self, value):
        self._size = int(value ** 0.5)

for s in (Shape(2), Circle(2), Labeled(3)):
    print(type(s).__name__, s.area, s.name)

l = Labeled(1)
l.area = 49
print(l.area)
try:
    Circle(1).area = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Labeled.area is Shape.area, Labeled.area.fget is Shape.area.fget)

class Cached:
    calls = 0
    @property
    def value(self):
        if "_value" not in self.__dict__:
            Cached.calls += 1
            self.__dict__["_value"] = "computed"
        return self._value
c = Cached()
print(c.value, c.value, Cached.calls)
class InstanceShadow(Shape):
    pass
s = InstanceShadow(4)
s.__dict__["area"] = "instance dict"
print(s.area)
