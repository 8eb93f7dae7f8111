# split, rsplit, splitlines, partition, rpartition
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in [b"  a b\tc\n d  ", bytearray(b"a,b,,c")]:
    print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(b","), s.rsplit(b",", 1), s.split(maxsplit=0))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", maxsplit=2), b"a,b,,c".rsplit(sep=b",", maxsplit=1))
print(b"aXXbXXc".split(b"XX"), b"".split(), b"".split(b","), b"   ".split(), b"a\x1cb".split(), b"a\x0bb\x0cc".split())
print(b"one\ntwo\r\nthree\rfour\n".splitlines(), b"x\n\ny".splitlines(True), b"".splitlines(), bytearray(b"a\nb").splitlines(keepends=True))
print(b"a\x0bb\x1cc\x85d".splitlines())
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
print(bytearray(b"a:b").partition(b":"), type(bytearray(b"a:b").rpartition(b":")[0]).__name__)
t(lambda: b"a".split(b""))
t(lambda: b"a".split("a"))
t(lambda: b"a".split(1))
t(lambda: b"a".split(1, 2, 3))
t(lambda: b"a".split(x=1))
t(lambda: b"a".split(maxsplit="x"))
t(lambda: b"a".rsplit(b""))
t(lambda: b"a".partition(b""))
t(lambda: b"a".partition("a"))
t(lambda: b"a".rpartition())
t(lambda: b"a".splitlines(1, 2))
t(lambda: b"a\nb".splitlines(keepends="x"))
print(type(bytearray(b"a b").split()[0]).__name__)
