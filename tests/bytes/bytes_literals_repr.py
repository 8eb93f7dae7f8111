# bytes literals and repr: quote choice, escapes, str(b), bytearray repr
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\t\n\r\x0b\x0c", b"\\", b"\x00\x01\x7f\x80\xff",
          rb"raw\n", b"caf\xc3\xa9", bytes(range(30, 40)), b"a" b"b" B"c", Rb"\d"]:
    print(repr(b), str(b), len(b))
print(bytearray(b"x'y"), repr(bytearray()), str(bytearray(b"\x00q")))
class B(bytes):
    pass
class BA(bytearray):
    pass
print(repr(B(b"sub")), repr(BA(b"sub")), str(BA(b"q")), type(B(b"x")).__name__)
print(f"{b'abc'}", "%s %r" % (b"x", bytearray(b"y")), format(b"z"), [b"in", bytearray(b"list")])
t(lambda: format(b"z", "10"))
print(b"abc".__repr__(), bytearray(b"a").__str__())
