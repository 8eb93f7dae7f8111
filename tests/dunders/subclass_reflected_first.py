# If the right operand's type is a subclass that overrides the reflected method, it goes first.
class Base:
    def __init__(self, tag):
        self.tag = tag
    def __add__(self, other):
        print("Base.__add__")
        return "Base result"
    def __radd__(self, other):
        print("Base.__radd__")
        return "Base reflected"
    def __lt__(self, other):
        print("Base.__lt__")
        return "Base lt"
    def __gt__(self, other):
        print("Base.__gt__")
        return "Base gt"

class Derived(Base):
    def __radd__(self, other):
        print("Derived.__radd__")
        return "Derived reflected"
    def __gt__(self, other):
        print("Derived.__gt__")
        return "Derived gt"

class NoOverride(Base):
    pass

b, d, n = Base("b"), Derived("d"), NoOverride("n")
print(b + d)
print(d + b)
print(b + n)
print(b < d)
print(b < n)
print(d < b)

class Int2(int):
    def __radd__(self, other):
        return "Int2.__radd__ first"
    def __rsub__(self, other):
        return NotImplemented
print(1 + Int2(2))
print(1 - Int2(2))
class Same(Base):
    def __radd__(self, other):
        return "never for same type"
s1, s2 = Same("1"), Same("2")
print(s1 + s2)
