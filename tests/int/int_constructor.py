# int() with __int__, __index__, __trunc__ and bad inputs
class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 8
class BadInt:
    def __int__(self):
        return "x"
class MyInt(int):
    pass
print(int(WithInt()), int(WithIndex()), int(MyInt(4)), type(int(MyInt(4))).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int(BadInt()))
t(lambda: int([1]))
t(lambda: int(1j))
t(lambda: int("1", 10, 3))
t(lambda: int(base=16))
t(lambda: int(x="5"))
t(lambda: int("10", base=16))
t(lambda: int(5, base=10))
t(lambda: int())
t(lambda: int(-0))
m = MyInt(10)
print(m + 1, type(m + 1).__name__, repr(m), str(m), m == 10)
class Named(int):
    def __repr__(self):
        return "Named(" + str(int(self)) + ")"
print(Named(3), [Named(3)], Named(3) * 2)
