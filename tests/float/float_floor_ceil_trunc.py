# math.floor/ceil/trunc and int() on floats near integer boundaries
import math
for v in (0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.999999999999999, 2.9999999999999999, -1e-300, 1e-300, 4503599627370495.5,
          4503599627370496.5, 9007199254740993.0, 1e100, -1e100):
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v))
print(type(math.floor(1.5)).__name__, math.floor(True), math.ceil(-True), math.trunc(10**30))
class F:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
print(math.floor(F()), math.ceil(F()))
