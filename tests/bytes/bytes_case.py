# ASCII-only case mapping and character tests
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in [b"hello World 3x", bytearray(b"caf\xc3\xa9 \xe9T"), b"", b"ABC", b"abc", b"Title Case", b"123", b" \t\n\x0b\x0c\r", b"\x1c"]:
    print(s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
    print(s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper())
print(b"they're bill's".title(), b"hELLO wORLD".capitalize(), b"\xff".isascii(), b"\x7f".isascii())
t(lambda: b"a".upper(1))
t(lambda: b"a".isalpha(1))
t(lambda: bytearray(b"a").lower(x=1))
print(type(bytearray(b"a").upper()).__name__)
