# startswith / endswith (tuples, ranges) and removeprefix / removesuffix
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in [b"hello world", bytearray(b"hello world")]:
    print(s.startswith(b"hell"), s.startswith(b"world", 6), s.startswith((b"x", b"he")), s.startswith(b""), s.startswith(b"o", 4, 5))
    print(s.endswith(b"world"), s.endswith(b"hello", 0, 5), s.endswith((bytearray(b"ld"), b"q")), s.endswith(b"", 20), s.endswith(()))
    print(s.removeprefix(b"hello "), s.removeprefix(b"x"), s.removesuffix(b" world"), s.removesuffix(bytearray(b"d")))
b = b"abc"
t(lambda: b.startswith("a"))
t(lambda: b.startswith(("a",)))
t(lambda: b.endswith(1))
t(lambda: b.startswith())
t(lambda: b.endswith(b"c", 0, 1, 2))
t(lambda: b.removeprefix("a"))
t(lambda: b.removeprefix())
t(lambda: b.removesuffix(b"c", b"d"))
print(type(bytearray(b"ab").removeprefix(b"a")).__name__, b"".removesuffix(b""))
