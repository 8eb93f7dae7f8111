# strip family, center/ljust/rjust/zfill, expandtabs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in [b"  \t hi \n ", bytearray(b"xxhixx")]:
    print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b"x"), s.strip(None), s.lstrip(bytearray(b" x")), s.rstrip(b"xi"))
print(b"ab".center(7), b"ab".center(6, b"*"), b"abc".center(6, bytearray(b"-")), b"abc".center(2), b"ab".center(-1))
print(b"ab".ljust(5, b"."), b"ab".rjust(5), bytearray(b"ab").rjust(4, b"0"), b"abc".ljust(0))
print(b"42".zfill(5), b"-42".zfill(5), b"+4".zfill(4), b"".zfill(3), b"abc".zfill(2), bytearray(b"-").zfill(3))
print(b"a\tb\tc".expandtabs(), b"a\tb".expandtabs(4), b"ab\tc\nd\te".expandtabs(3), b"\t".expandtabs(0), b"x\ty".expandtabs(tabsize=2), b"a\r\tb".expandtabs(4))
t(lambda: b"a".strip("a"))
t(lambda: b"a".strip(1))
t(lambda: b"a".strip(b"a", b"b"))
t(lambda: b"a".lstrip(x=1))
t(lambda: b"a".center())
t(lambda: b"a".center(1, 2, 3))
t(lambda: b"a".center(5, "x"))
t(lambda: b"a".ljust(3, b"xy"))
t(lambda: b"a".rjust("x"))
t(lambda: b"a".rjust(2 ** 63))
t(lambda: b"a".zfill())
t(lambda: b"a".zfill("x"))
t(lambda: b"a".expandtabs("x"))
t(lambda: b"a".expandtabs(1, 2))
print(type(bytearray(b" a ").strip()).__name__)
