# bool() of many kinds of values
class Empty:
    pass
class Len0:
    def __len__(self):
        return 0
class Len3:
    def __len__(self):
        return 3
class BoolFalse:
    def __bool__(self):
        return False
class BoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), float("inf"), 0j, 1j, complex(0, -0.0),
          "", " ", "0", "False", [], [0], (), ((),), {}, {0: 0}, set(), {0}, frozenset(),
          range(0), range(1), range(5, 5), None, 10**100, -10**100, True, False]
for v in values:
    print(repr(v), bool(v))
print(bool(Empty()), bool(Len0()), bool(Len3()), bool(BoolFalse()), bool(BoolAndLen()))
print(bool(print), bool(bool), bool(object()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
if Len3():
    print("Len3 truthy in if")
print("yes" if Len0() else "no")
