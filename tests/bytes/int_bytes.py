# int.to_bytes / int.from_bytes with bytes values
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(), (0).to_bytes(0, "big"), (-1).to_bytes(2, "big", signed=True))
print((65).to_bytes(1, byteorder="little"), (2 ** 64 - 1).to_bytes(8, "big"), (1).to_bytes(length=2, byteorder="little", signed=True), True.to_bytes(2, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(bytearray(b"\x01\x00")))
print(int.from_bytes(b""), int.from_bytes(b"\x80", signed=True), int.from_bytes([1, 2], "big"), bool.from_bytes(b"\x01", "big"))
for n in [0, 1, -1, 255, -256, 2 ** 100]:
    b = n.to_bytes(20, "big", signed=True)
    print(n, int.from_bytes(b, "big", signed=True) == n, len(b))
t(lambda: (256).to_bytes(1, "big"))
t(lambda: (-1).to_bytes(1, "big"))
t(lambda: (128).to_bytes(1, "big", signed=True))
t(lambda: (1).to_bytes(-1))
t(lambda: (1).to_bytes(2 ** 63))
t(lambda: (1).to_bytes("x"))
t(lambda: (1).to_bytes(1, 1))
t(lambda: (1).to_bytes(1, "middle"))
t(lambda: (1).to_bytes(1, "big", True))
t(lambda: (1).to_bytes(x=1))
t(lambda: int.from_bytes("ab"))
t(lambda: int.from_bytes(1.5))
t(lambda: int.from_bytes([256]))
t(lambda: int.to_bytes(1.5, 1))
print(int(b"17"), int(b" -0x1f ", 16), int(bytearray(b"1_000")), int(b"101", base=2), int(b"z", 36))
t(lambda: int(b"x"))
t(lambda: int(bytearray(b"1.5")))
t(lambda: int(b"\xff1"))
t(lambda: int(b"9", 8))
