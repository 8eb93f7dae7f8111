# User class str/repr/format hooks and the type name in class reprs
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
class Labeled(Point):
    def __str__(self):
        return f"<{self.x},{self.y}>"
p = Point(1, "a")
l = Labeled(2.5, None)
print(p, str(p), repr(p), [p], l, repr(l), [l], f"{l}", f"{l!r}", "%s %r" % (l, l))
print(Point, Labeled, type(p), repr(Point).startswith("<class '"), Point.__name__, Point.__module__)
class Meta(type):
    def __repr__(cls):
        return "Meta<" + cls.__name__ + ">"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta, type(WithMeta).__name__, [WithMeta])
