# comparisons between bytes and bytearray, and with other types
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

pairs = [(b"a", b"b"), (b"abc", b"abd"), (b"ab", b"abc"), (b"", b""), (b"\xff", b"\x00"), (b"a", bytearray(b"a")),
         (bytearray(b"z"), b"a"), (bytearray(b"q"), bytearray(b"q"))]
for x, y in pairs:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(b"a" == "a", b"a" != "a", b"1" == 49, bytearray(b"") == b"", b"a" == [97])
t(lambda: b"a" < "a")
t(lambda: b"a" < 1)
t(lambda: bytearray(b"a") > None)
print(sorted([b"b", b"a", b"ab", b""]), max(b"xy", b"xz"), min([bytearray(b"q"), b"p"]))
print(b"abc".__eq__("abc"), b"abc".__lt__(b"b"))
