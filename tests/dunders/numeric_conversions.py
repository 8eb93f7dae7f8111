# __int__, __float__, __complex__, __abs__, __neg__, __pos__, __invert__, __round__.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __int__(self):
        print("__int__")
        return int(self.v)
    def __float__(self):
        print("__float__")
        return float(self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __invert__(self):
        return "inverted " + str(self.v)
    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        return Num(round(self.v, ndigits))
    def __trunc__(self):
        return "trunc called"
    def __floor__(self):
        return "floor called"
    def __ceil__(self):
        return "ceil called"

import math
n = Num(-2.567)
print(int(n), float(n))
print(abs(n), -n, +n, ~n)
print(round(n), round(n, 1))
print(math.trunc(n), math.floor(n), math.ceil(n))

class Plain:
    pass
p = Plain()
for label, fn in [("int", int), ("float", float), ("abs", abs), ("neg", lambda x: -x),
                  ("pos", lambda x: +x), ("invert", lambda x: ~x), ("round", round)]:
    try:
        fn(p)
    except TypeError as e:
        print(label, type(e).__name__, e)

class BadInt:
    def __int__(self):
        return "3"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class IndexOnly:
    def __index__(self):
        return 9
print(int(IndexOnly()), float(IndexOnly()))
