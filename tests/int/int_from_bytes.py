# int.from_bytes with lists of ints, byteorder and signed
print(int.from_bytes([1, 0], "big"), int.from_bytes([1, 0], "little"))
print(int.from_bytes([255, 255], "big"), int.from_bytes([255, 255], "big", signed=True))
print(int.from_bytes([0x80, 0], "big", signed=True), int.from_bytes([0, 0x80], "little", signed=True))
print(int.from_bytes([], "big"), int.from_bytes([], "little", signed=True))
print(int.from_bytes([1, 2, 3, 4, 5, 6, 7, 8, 9], "big"))
print(int.from_bytes([255] * 16, "little"), int.from_bytes([255] * 16, "little", signed=True))
print(int.from_bytes((7,), byteorder="big"))
print(int.from_bytes([1, 0]))
print(int.from_bytes(range(5), "little"))
for n in (0, 1, -1, 127, -128, 255, 2**31, -(2**31), 2**100 + 12345):
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, "big", signed=True)
    print(n, size, int.from_bytes(b, "big", signed=True) == n, int.from_bytes(b, "little", signed=True))
try:
    int.from_bytes([256], "big")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes([1], "sideways")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes(5, "big")
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
v = MyInt.from_bytes([1, 1], "big")
print(v, type(v).__name__)
print(bool.from_bytes([1], "big"), bool.from_bytes([0], "big"))
