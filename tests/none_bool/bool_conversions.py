# bool() constructor arguments and conversions to bool contexts
print(bool(1), bool(""), bool("x"))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(int(True) + int(False), str(1 == 1), repr(2 < 1))
print(True == 1.0, True == 1 + 0j, hash(True) == hash(1), hash(1.0) == hash(True))
d = {True: "a", 1: "b", 1.0: "c"}
print(d)
s = {0, False, 0.0}
print(s, len(s))
print([1, 2, 3].count(True), [True, 1, 1.0].index(1.0))
print(all([]), any([]), all([1, True, "x"]), any([0, False, ""]))
print(True is bool(1), False is bool(0))
print(isinstance(False, bool), isinstance(0, bool))
print(bool.__name__, bool.__mro__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True.__bool__(), (0).__bool__(), (0.0).__bool__(), "".__len__())
print((3 > 2) > 1, (3 > 2) == 1)
