# chr() and ord() of lone surrogates, and code points around them.
for code in [0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdc80, 0xdcff, 0xdfff, 0xe000, 0xfffd, 0x10000, 0x10f7ff]:
    c = chr(code)
    print(hex(code), ascii(c), ord(c) == code, len(c), c.isprintable())
print([hex(ord(c)) for c in "a\ud800\udc00b"])
print(ord(b"\xff".decode("utf-8", "surrogateescape")))
print(ascii("".join(chr(c) for c in range(0xdc7e, 0xdc83))))
s = "x\udcffy"
print(ascii(s[1]), ascii(s[1:]), ascii(s[::-1]), s.index("\udcff"), s.find("y"), "\udcff" in s)
