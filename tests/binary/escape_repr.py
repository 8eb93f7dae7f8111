# repr of binary data: quotes, escapes, and round trips via eval.
samples = [
    b"plain",
    b"it's",
    b'say "hi"',
    b"both ' and \"",
    b"\\back\\slash",
    b"\t\n\r\x0b\x0c",
    b"\x00\x7f\x80\xff",
    bytes(range(0x1c, 0x22)),
]
for s in samples:
    r = repr(s)
    print(r, r[2:-1].encode('latin-1') == s or '\\' in r)
    print(repr(bytearray(s)))
    print(ascii(s) == r, str(s) == r)
print(repr(memoryview(b"x"))[:13])


class Sub(bytes):
    pass


class SubBA(bytearray):
    pass


print(repr(Sub(b"x")), repr(SubBA(b"y")), str(SubBA()))
print("%r %s %a" % (b"a'b", b"c", b"\xff"))
print("{!r} {}".format(b"q", bytearray(b"r")))
print(f"{b'fmt'} {b'x'!r:>10}")
try:
    format(b"x", "10")
except TypeError as e:
    print(type(e).__name__, e)
print(format(b"x", ""), str(b"\xe9", "latin-1"), str(bytearray(b"ok"), "ascii"))
try:
    str(b"\xe9", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
