# Classes made by exec and by type(), and eval of their reprs.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)


v = Vector(1, 2.5)
w = eval(repr(v))
print(w, w == v, w is v)

ns = {"__name__": "shapes"}
exec('''
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"

class Triangle(Shape):
    sides = 3

class Square(Shape):
    sides = 4
    def describe(self):
        return super().describe() + " (all equal)"
''', ns)
for name in ("Triangle", "Square"):
    cls = ns[name]
    print(cls().describe(), cls.__module__, cls.__mro__[1].__name__)

Dyn = type("Dyn", (ns["Shape"],), {"sides": 7, "extra": lambda self: "extra!"})
d = Dyn()
print(d.describe(), d.extra(), Dyn.__module__)

methods = {}
for op, sym in [("add", "+"), ("sub", "-"), ("mul", "*")]:
    exec(f"def {op}(self, other):\n    return Num(self.v {sym} other.v)", globals(), methods)


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"


for op in ("add", "sub", "mul"):
    setattr(Num, f"__{op}__", methods[op])
print(Num(6) + Num(3), Num(6) - Num(3), Num(6) * Num(3))
