# ord and chr across the code space and their errors
for c in ["a", "A", "0", " ", "\n", "é", "€", "日", "😀", "\x00", "\U0010ffff"]:
    print(repr(c), ord(c), repr(chr(ord(c))))
print(chr(65), chr(0x263A), chr(0), repr(chr(0x10FFFF)), repr(chr(127)), repr(chr(160)))
print("".join(chr(i) for i in range(97, 123)))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord(97))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr("a"))
t(lambda: chr(1.5))
t(lambda: chr(2**100))
