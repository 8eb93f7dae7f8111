# memoryview == other buffers: shape and item values decide
import array

m = memoryview(b"abc")
print(m == b"abc", b"abc" == m, m == bytearray(b"abc"), bytearray(b"abc") == m)
print(m == b"abd", m != b"abd", m == b"ab", m == "abc", m == 97, m == [97, 98, 99])
print(m == memoryview(b"abc"), m == memoryview(bytearray(b"abc")), m == m[:])
print(m[::2] == b"ac", m[::-1] == b"cba", m[1:] == memoryview(b"xbc")[1:])
print(m == array.array("B", [97, 98, 99]), m == array.array("b", [97, 98, 99]))
print(m == array.array("h", [97, 98, 99]), memoryview(array.array("h", [97, 98, 99])) == memoryview(array.array("i", [97, 98, 99])))
print(memoryview(array.array("f", [1.0, 2.5])) == memoryview(array.array("d", [1.0, 2.5])))
print(memoryview(array.array("d", [float("nan")])) == memoryview(array.array("d", [float("nan")])))
print(memoryview(array.array("i", [1, 2])) == memoryview(array.array("q", [1, 2])))
print(memoryview(array.array("i", [1, 2])) == memoryview(array.array("i", [1, 3])))
g = memoryview(bytes(6)).cast("B", (2, 3))
print(g == memoryview(bytes(6)).cast("B", (2, 3)), g == memoryview(bytes(6)).cast("B", (3, 2)), g == bytes(6))
try:
    print(m < b"abd")
except TypeError as e:
    print(e)
try:
    print(b"abd" > m)
except TypeError as e:
    print(e)
print(b"abc" == array.array("b", [97, 98, 99]), array.array("b", [97, 98, 99]) == b"abc")
print(bytearray(b"abc") == array.array("b", [97, 98, 99]), bytearray(b"\x01\x00\x00\x00") == array.array("i", [1]) or True)
print(bytearray(b"abc") < memoryview(b"abd"), bytearray(b"b") > memoryview(b"a"))
