# Truth testing uses __bool__, then __len__, else the object is true.
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
    def __len__(self):
        print("__len__ (not used)")
        return 0

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__")
        return self.n

class Neither:
    pass

print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)))
print(bool(Neither()))
if WithLen(0):
    print("unreachable")
else:
    print("empty container is falsy")
print(not WithBool(False))
print([x for x in (WithLen(0), WithLen(1)) if x].__len__())
print(WithLen(2) and "and-result", WithLen(0) or "or-result")

class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)

class Sub(WithLen):
    def __bool__(self):
        return True
print(bool(Sub(0)))
while WithLen(0):
    print("never")
print(len(WithLen(7)))
