# __divmod__/__rdivmod__ and three-argument pow with __pow__.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __divmod__(self, other):
        print("__divmod__")
        return ("q", "r")
    def __rdivmod__(self, other):
        print("__rdivmod__")
        return ("rq", "rr")
    def __pow__(self, exp, mod=None):
        print("__pow__", exp, mod)
        return N(pow(self.v, exp, mod))
    def __rpow__(self, base, mod=None):
        print("__rpow__", base, mod)
        return N(pow(base, self.v))

print(divmod(N(7), 2))
print(divmod(7, N(2)))
print(N(2) ** 5)
print(pow(N(2), 10, 1000))
print(2 ** N(3))
print(pow(2, N(4)))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(7, -2))
print(pow(3, 4, 5), pow(2, -1, 5), pow(-2, 3), pow(2, -2))
for args in [(2, 3, 0), (2, -1, 4)]:
    try:
        pow(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(N(1), N(2)) and divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
