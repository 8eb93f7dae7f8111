# bytes(): sizes, iterables of ints, strings with encodings, bytes-like copies
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytes())
t(lambda: bytes(0))
t(lambda: bytes(4))
t(lambda: bytes(True))
t(lambda: bytes([65, 66, 0, 255]))
t(lambda: bytes((1, 2)))
t(lambda: bytes(range(97, 100)))
t(lambda: bytes(x for x in [104, 105]))
t(lambda: bytes({7: "a"}))
t(lambda: bytes(b"copy"))
t(lambda: bytes(bytearray(b"from ba")))
t(lambda: bytes("héllo", "utf-8"))
t(lambda: bytes("héllo", "latin-1"))
t(lambda: bytes("hé", encoding="ascii", errors="replace"))
t(lambda: bytes(source="abc", encoding="ascii"))
t(lambda: bytes("x"))
t(lambda: bytes("x", errors="strict"))
t(lambda: bytes(1, "utf-8"))
t(lambda: bytes(b"x", "utf-8"))
t(lambda: bytes(errors="strict"))
t(lambda: bytes(encoding="utf-8"))
t(lambda: bytes("x", "bad-codec"))
t(lambda: bytes("x", 5))
t(lambda: bytes("x", "ascii", 5))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes(object()))
t(lambda: bytes(-1))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes([1.0]))
t(lambda: bytes(2 ** 70))
t(lambda: bytes(x=1))
t(lambda: bytes(1, 2, 3, 4))
t(lambda: bytes.__new__(int))
t(lambda: bytes.__new__(bytes, 3))
class Idx:
    def __index__(self):
        return 3
t(lambda: bytes(Idx()))
t(lambda: bytes([Idx(), Idx()]))
class Sub(bytes):
    pass
s = Sub([120, 121])
print(type(s).__name__, s, s == b"xy", isinstance(s, bytes))
