# abs() on numbers and objects with __abs__
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(3 - 4j), abs(True), abs(-(10**30)), abs(float("-inf")))
class V:
    def __abs__(self):
        return "absolute"
print(abs(V()))
for bad in ("x", None, [1], {}):
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
