# strip, lstrip, rstrip with default whitespace and explicit characters
cases = ["  hi  ", "\t\n hi \r\x0b\x0c", "\u2003hi\u00a0", "xxhixx", "", "   ", "hi"]
for c in cases:
    print(repr(c.strip()), repr(c.lstrip()), repr(c.rstrip()), repr(c.strip("x")), repr(c.strip(None)))
print("www.example.com".strip("cmowz."), "abcXcba".strip("abc"), "abcXcba".lstrip("cba"), "abcXcba".rstrip("ab"))
print("  x  ".strip(""), "aaa".strip("a"), "éée".strip("é"), "\x1c x \x1f".strip())
for f in (lambda: "a".strip(1), lambda: "a".lstrip([" "])):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
