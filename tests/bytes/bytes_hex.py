# hex with separators and bytes.fromhex / bytearray.fromhex
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"\x01\xab\xcd\xef\xff"
print(b.hex(), b.hex(":"), b.hex(b"-"), b.hex(":", 2), b.hex(":", -2), b.hex(" ", 3), b.hex(sep="_", bytes_per_sep=4), b"".hex(), bytearray(b"\x0f").hex())
print(bytes.fromhex("01 AB cd\tef\n"), bytes.fromhex(""), bytearray.fromhex("ff00"), bytes.fromhex(" 41 "), type(bytearray.fromhex("00")).__name__)
t(lambda: b.hex(""))
t(lambda: b.hex("ab"))
t(lambda: b.hex("é"))
t(lambda: b.hex(1))
t(lambda: b.hex(":", "x"))
t(lambda: b.hex(1, 2, 3))
t(lambda: bytes.fromhex("a"))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex("0 1"))
t(lambda: bytes.fromhex("12é4"))
t(lambda: bytes.fromhex(1))
t(lambda: bytes.fromhex())
t(lambda: bytes.fromhex(b"00"))
class Sub(bytes):
    pass
s = Sub.fromhex("6869")
print(type(s).__name__, s)
