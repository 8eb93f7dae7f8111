# decode: utf-8, ascii, latin-1 with every error handler
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [b"plain", b"caf\xc3\xa9", b"\xe2\x82\xac\xf0\x9f\x98\x80", b"a\xffb\xfe", b"\xe2\x82", b"\xe2\x28\xa1", b"\xed\xa0\x80", b"\xc0\x80", b"\xf0\x9f\x98"]
for d in data:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace"]:
            try:
                print(enc, errors, repr(d.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, errors, type(e).__name__, e)
print(b"abc".decode(), bytearray(b"\xc3\xa9").decode(), b"x".decode(encoding="ascii"), b"\xe9".decode(errors="replace"))
print(str(b"\xc3\xa9", "utf-8"), str(b"\xe9", encoding="latin-1"), str(bytearray(b"q"), "ascii"), str(b"\xff", "utf-8", "ignore"))
print(repr(b"ok".decode("ascii", "surrogateescape")))
t(lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
t(lambda: b"\xff".decode("ascii", "nope"))
t(lambda: b"ok".decode("ascii", "nope"))
t(lambda: b"a".decode("nope"))
t(lambda: b"a".decode(1))
t(lambda: b"a".decode("utf-8", errors=1))
t(lambda: b"a".decode(x=1))
t(lambda: b"a".decode("a", "b", "c"))
t(lambda: str(b"a", 1))
