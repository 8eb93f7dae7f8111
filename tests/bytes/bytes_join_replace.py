# join over bytes-like items, replace with counts and empty patterns
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b", ".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), b"-".join(x for x in [b"x", b"y"]), bytearray(b"+").join((b"1", b"2")))
print(b"abc".join([b"", b""]), type(bytearray(b"").join([b"q"])).__name__)
t(lambda: b"".join([1]))
t(lambda: b"".join([b"a", "b"]))
t(lambda: b"".join(1))
t(lambda: b"".join())
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b"abc".replace(b"b", b""), b"abc".replace(b"x", b"y"), bytearray(b"aXa").replace(b"X", bytearray(b"YY")), b"aaa".replace(b"a", b"b", -1), b"aaa".replace(b"a", b"b", 0))
t(lambda: b"a".replace("a", "b"))
t(lambda: b"a".replace(b"a"))
t(lambda: b"a".replace(b"a", b"b", "x"))
t(lambda: b"a".replace(b"a", b"b", 1, 2))
