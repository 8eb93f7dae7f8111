# "in" with ints and bytes-like needles
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"hello"
ba = bytearray(b)
for s in [b, ba]:
    print(104 in s, 0 in s, b"ell" in s, b"" in s, bytearray(b"lo") in s, b"xyz" in s, 255 in s)
t(lambda: "h" in b)
t(lambda: 256 in b)
t(lambda: -1 in ba)
t(lambda: None in b)
t(lambda: 1.0 in b)
class I:
    def __index__(self):
        return 101
print(I() in b, b.__contains__(108), True in b"\x01")
