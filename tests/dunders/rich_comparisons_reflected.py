# Rich comparisons: reflection swaps < and >, <= and >=; == and != reflect to themselves.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __lt__(self, other):
        print("__lt__", self, other)
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented
    def __le__(self, other):
        print("__le__", self, other)
        return NotImplemented
    def __eq__(self, other):
        print("__eq__", self, other)
        if isinstance(other, Num):
            return self.v == other.v
        return NotImplemented

a, b = Num(1), Num(2)
print(a < b)
print(a > b)
print(b > a)
print(a == Num(1))
print(a != Num(1))
print(a == 1)
print(1 == a)
try:
    print(a <= b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a < 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Num(3), Num(1), Num(2)]))
print(max(Num(5), Num(9)))

class AlwaysEqual:
    def __eq__(self, other):
        return True
print([1, 2, 3].index(AlwaysEqual()), AlwaysEqual() in [7], [AlwaysEqual()] == [1])
print(AlwaysEqual() != 5)
class StrangeEq:
    def __eq__(self, other):
        return "truthy string"
print(StrangeEq() == 1, StrangeEq() != 1)
print([StrangeEq()] == [1])
