# In-place operators fall back to the binary and then the reflected method.
class Tracker:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

class OnlyBinary(Tracker):
    def __add__(self, other):
        print("__add__")
        return OnlyBinary(self.name + "+" + str(other))

class InplaceNotImpl(Tracker):
    def __iadd__(self, other):
        print("__iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, other):
        print("__add__ after __iadd__ declined")
        return InplaceNotImpl(self.name + "+")

class Right(Tracker):
    def __radd__(self, other):
        print("Right.__radd__")
        return "right wins"

x = OnlyBinary("x")
orig = x
x += 1
print(x, x is orig)
y = InplaceNotImpl("y")
y += 1
print(y)
z = 5
z += Right("r")
print(z)

class Nothing(Tracker):
    pass
n = Nothing("n")
for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="):
    try:
        if op == "+=": n += 1
        elif op == "-=": n -= 1
        elif op == "*=": n *= 1
        elif op == "/=": n /= 1
        elif op == "//=": n //= 1
        elif op == "%=": n %= 1
        elif op == "**=": n **= 1
        elif op == "<<=": n <<= 1
        elif op == ">>=": n >>= 1
        elif op == "&=": n &= 1
        elif op == "|=": n |= 1
        elif op == "^=": n ^= 1
        elif op == "@=": n @= 1
    except TypeError as e:
        print(type(e).__name__, e)
lst = [1]
try:
    lst += 5
except TypeError as e:
    print(type(e).__name__, e)
