# Default __eq__/__ne__ are identity based; custom __eq__ drives != as well
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p, p == 1, p.__eq__(q), p.__eq__(p), p.__ne__(q))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Eq):
            return NotImplemented
        return self.v == other.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) == 1, Eq(1) != 1, 1 == Eq(1))
class OnlyNe:
    def __ne__(self, other):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
class Reflect:
    def __eq__(self, other):
        print("Reflect.__eq__ called")
        return True
print(1 == Reflect(), Reflect() == 1, [Reflect()] == [5])
print(object.__eq__(p, p), object.__eq__(p, q), object.__ne__(p, q))
