# bytearray(): the same sources as bytes(), and __init__ re-filling
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytearray())
t(lambda: bytearray(3))
t(lambda: bytearray([1, 2, 3]))
t(lambda: bytearray(b"abc"))
t(lambda: bytearray(bytearray(b"xyz")))
t(lambda: bytearray("é", "utf-8"))
t(lambda: bytearray(range(3)))
t(lambda: bytearray("x"))
t(lambda: bytearray(1.5))
t(lambda: bytearray(None))
t(lambda: bytearray(-2))
t(lambda: bytearray([300]))
t(lambda: bytearray(b"a", "x"))
t(lambda: bytearray(1, 2, 3, 4))
t(lambda: bytearray(source=[9]))
ba = bytearray(b"first")
ba.__init__(b"second")
print(ba)
ba.__init__()
print(ba)
class MyBA(bytearray):
    def __init__(self, data, extra):
        super().__init__(data)
        self.extra = extra
m = MyBA(b"payload", 42)
print(m, m.extra, len(m), type(m).__name__, isinstance(m, bytearray))
a = bytearray(b"shared")
b = bytearray(a)
b[0] = 83
print(a, b, a is b)
