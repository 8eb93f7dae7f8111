# Surrogate escapes in str literals: each escape is its own code point,
# a pair written as two escapes stays two lone surrogates.
a = "\ud83d\ude00"
b = "\U0001f600"
print(len(a), len(b), a == b, ascii(a), ascii(b))
print(ascii("\U0000d800"), "\U0000d800" == "\ud800", ascii("\N{GRINNING FACE}"))
print(ascii(r"\ud800"), len(r"\ud800"), ascii(f"{1}\udc80{2}"), ascii("\ud800" "x" "\udfff"))
print(ascii("""\ud800
\udbff"""))
def f():
    "doc \ud800 string"
print(ascii(f.__doc__))
print(ascii(b"\\ud800".decode("unicode_escape")), "\ud800".encode("unicode_escape"))
