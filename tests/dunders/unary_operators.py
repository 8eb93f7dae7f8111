# Unary operators on builtins and user types.
print(-5, +5, ~5, -(-5), ~~5, ~-1, ~0)
print(-3.5, +3.5, -0.0, +-0.0)
print(-True, +True, ~True, ~False)
print(not 0, not 5, not not [])
print(-(2 ** 70), ~(2 ** 70))

class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __repr__(self):
        return "Vec" + repr(self.xs)
    def __neg__(self):
        return Vec(*(-x for x in self.xs))
    def __pos__(self):
        return Vec(*(abs(x) for x in self.xs))
    def __invert__(self):
        return Vec(*reversed(self.xs))
    def __abs__(self):
        return sum(x * x for x in self.xs) ** 0.5

v = Vec(3, -4)
print(-v, +v, ~v, abs(v), -(-v))
print(- - v, + - v)

class OnlyNeg:
    def __neg__(self):
        return "negated"
o = OnlyNeg()
print(-o)
for label, fn in [("pos", lambda: +o), ("invert", lambda: ~o), ("abs", lambda: abs(o))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)

class NegReturnsNotImpl:
    def __neg__(self):
        return NotImplemented
print(-NegReturnsNotImpl() is NotImplemented)
