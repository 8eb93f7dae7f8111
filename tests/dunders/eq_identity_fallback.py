# Without __eq__, == and != compare identity; NotImplemented on both sides also falls back.
class Plain:
    pass

a = Plain()
b = Plain()
print(a == a, a == b, a != b, a != a)
print(a == 1, 1 == a, a != "x")

class Declines:
    def __eq__(self, other):
        print("Declines.__eq__")
        return NotImplemented
    def __ne__(self, other):
        print("Declines.__ne__")
        return NotImplemented

d = Declines()
print(d == d)
print(d == Declines())
print(d != d)

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("EqOnly.__eq__")
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) != EqOnly(1))
print(EqOnly(1) != EqOnly(2))

class NeInverse:
    def __ne__(self, other):
        return "custom ne"
print(NeInverse() != 1, NeInverse() == NeInverse())

x = [1, 2]
print(x == x, x is x, [x] == [x])
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan])
