# str.encode with utf-8, ascii and latin-1 and their error handlers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["plain", "café", "€uro", "a😀b", "é€é", ""]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]:
            try:
                print(enc, errors, s.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(enc, errors, type(e).__name__, e)
print("x".encode(), "é".encode(encoding="latin1"), "é".encode(errors="strict"), type("a".encode()).__name__)
t(lambda: "a".encode("nope"))
t(lambda: "a".encode(1))
t(lambda: "a".encode("ascii", 1))
t(lambda: "a".encode("ascii", "nope"))
t(lambda: "€".encode("ascii", "nope"))
t(lambda: "a".encode("a", "b", "c"))
t(lambda: "a".encode(x=1))
t(lambda: str.encode(1))
