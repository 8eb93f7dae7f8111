# subclasses of bytes and bytearray: iteration reads the data, methods return the base type
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class B(bytes):
    def __getitem__(self, i):
        return 0
print(list(B(b"ab")), B(b"ab")[0], b"a" in B(b"cab"), len(B(b"xyz")))
it = iter(b"abc")
next(it)
print(it.__length_hint__(), iter(bytearray(b"xy")).__length_hint__(), list(it), it.__length_hint__())
class S(bytes):
    pass
t(lambda: type(S(b"ab").upper()).__name__)
t(lambda: type(S(b"ab") * 2).__name__)
t(lambda: type(S(b"ab")[:]).__name__)
t(lambda: type(S(b"a") + S(b"b")).__name__)
t(lambda: bytes.__new__(S, b"xy"))
t(lambda: type(bytes.__new__(S, b"xy")).__name__)
t(lambda: bytearray.__init__(b"x"))
t(lambda: S(b"q").decode())
class BA(bytearray):
    def append(self, x):
        super().append(x)
        super().append(x)
b = BA(b"-")
b.append(33)
b.extend(b"e")
print(b, type(b + b"x").__name__, type(b * 2).__name__)
t(lambda: sum([b"a"], b""))
t(lambda: sum([], bytearray()))
t(lambda: sorted([bytearray(b"b"), b"a"]))
