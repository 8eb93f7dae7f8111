# str() of many values and the str constructor itself
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(A()), repr(A()), str(OnlyRepr()), [A()], str([A()]), (A(),))
print(str(1), str(-1.5), str(1j), str(None), str(True), str([1, "a"]), str((1,)), str({"k": [1]}))
print(str(), repr(str()), str("x"), str(range(3)), str(slice(1, 2)), str({1, 2}), str(frozenset()))
print(str(int), str(str), str(type(None)), str(ValueError("bad")), str(KeyError("k")), str(ValueError()))
print(repr(ValueError("bad")), repr(KeyError("k")), repr(ValueError(1, 2)), str(ValueError(1, 2)))
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class MyStr(str):
    pass
m = MyStr("hi")
print(m, repr(m), type(m).__name__, type(m + "x").__name__, m.upper(), type(m.upper()).__name__, m == "hi")
try:
    str(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
