# int.to_bytes / int.from_bytes round trips, signed and unsigned.
def minimal_bytes(n, signed=False):
    length = max(1, (n.bit_length() + (8 if signed else 7)) // 8)
    return n.to_bytes(length, "big", signed=signed)


for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**64, -(2**64)]:
    signed = n < 0 or n in (127, 128)
    try:
        b = minimal_bytes(n, signed)
        print(n, b.hex(), int.from_bytes(b, "big", signed=signed) == n)
    except OverflowError as e:
        print(n, type(e).__name__, e)

print((1024).to_bytes(2, byteorder="little"), (1024).to_bytes(length=3, byteorder="big"))
print((5).to_bytes(), int.from_bytes(b"\x05"))
print(int.from_bytes(bytearray(b"\x00\x01"), "big"), int.from_bytes((1, 0), "little"))
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x80", "big"))
print(True.to_bytes(1, "big"), int.from_bytes(b"\x01\x00", "little", signed=True))
for args in [(-1, 1, "big", False), (300, 1, "big", False), (128, 1, "big", True), (0, -1, "big", False)]:
    n, size, order, signed = args
    try:
        print(n.to_bytes(size, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ["str", 5, [256], [-1]]:
    try:
        print(int.from_bytes(bad, "big"))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "sideways")
except ValueError as e:
    print(type(e).__name__, e)


class MyInt(int):
    pass


r = MyInt.from_bytes(b"\x01\x00", "big")
print(type(r).__name__, r)
print((0).to_bytes(0, "big"), int.from_bytes(b"", "little", signed=True))
