# translate with a 256-byte table and delete, maketrans
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], table[:3])
print(b"aabbcc".translate(table), b"abcdef".translate(table, b"def"), b"hello".translate(None, b"l"), b"abc".translate(None, delete=b"b"))
print(bytearray(b"abc").translate(table), bytearray.maketrans(b"a", b"b")[97], type(bytearray.maketrans(b"", b"")).__name__)
print(b"abc".translate(bytearray(table)), b"\xff".translate(bytes(range(255, -1, -1))))
t(lambda: bytes.maketrans(b"ab", b"a"))
t(lambda: bytes.maketrans("a", "b"))
t(lambda: bytes.maketrans(b"a"))
t(lambda: b"a".translate(b"ab"))
t(lambda: b"a".translate("x" * 256))
t(lambda: b"a".translate())
t(lambda: b"a".translate(None, "b"))
t(lambda: b"a".translate(None, x=1))
t(lambda: b"a".translate(None, b"a", 3))
