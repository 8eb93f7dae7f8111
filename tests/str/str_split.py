# split and rsplit: whitespace mode, explicit separators, maxsplit
cases = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a\tb\nc\x0bd\x0ce\rf\x1cg\u2003h\u00a0i",
         "a,b,,c,", ",a,", "a::b::c"]
for c in cases:
    print(repr(c), c.split(), c.rsplit(), c.split(None, 1), c.rsplit(None, 1))
for c in cases[6:]:
    print(repr(c), c.split(","), c.rsplit(","), c.split(",", 1), c.rsplit(",", 1), c.split("::"), c.split(",", 0))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a b c d".split(" ", -1))
print("abcabc".split("abc"), "abc".split("abc"), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("  a  b  ".split(" "), "x".split("x"), "".split("x"))
print("a1b2c3".split("2", maxsplit=5), "1,2,3".rsplit(",", maxsplit=1))
for f in (lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(",", "1")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
