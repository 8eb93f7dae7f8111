# Augmented assignment uses __iadd__ when present and rebinds to its result.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd", self.v, other)
        self.v += other
        return self
    def __add__(self, other):
        print("add", self.v, other)
        return Acc(self.v + other)
    def __repr__(self):
        return "Acc(" + repr(self.v) + ")"

a = Acc(1)
alias = a
a += 5
print(a, alias, a is alias)
a = a + 1
print(a, alias, a is alias)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)

o = OnlyAdd(1)
same = o
o += 1
print(o.v, same.v, o is same)

class ReturnsOther:
    def __imul__(self, other):
        return "replaced"

r = ReturnsOther()
r *= 3
print(r)

class ReturnsNone:
    def __isub__(self, other):
        print("isub without return")

n = ReturnsNone()
n -= 1
print(n)

class NotImpl:
    def __iadd__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "radd"

x = 1
x += NotImpl()
print(x)
y = NotImpl()
try:
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
