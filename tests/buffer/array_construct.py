# array.array construction
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(array.typecodes, array.ArrayType is array.array, array.array)
for code in array.typecodes:
    if code == "u":
        continue
    a = array.array(code, [1, 2, 3])
    print(code, a, a.itemsize, a.typecode, len(a))
print(array.array("i"), array.array("i", []), array.array("i", (4, 5)))
print(array.array("i", range(4)), array.array("b", (x * 2 for x in range(3))))
print(array.array("B", b"\x01\x02"), array.array("B", bytearray(b"\x03")))
print(array.array("h", b"\x01\x00\x02\x00").tolist())
print(array.array("i", array.array("i", [7, 8])), array.array("d", array.array("i", [1, 2])))
print(array.array("b", memoryview(b"ab")), array.array("q", {3: 0}))
print(array.array("u", "hi"), array.array("u", ["a", "b"]))
attempt(lambda: array.array())
attempt(lambda: array.array(1))
attempt(lambda: array.array("ii"))
attempt(lambda: array.array(b"i"))
attempt(lambda: array.array("z"))
attempt(lambda: array.array("z", [1]))
attempt(lambda: array.array("z", 5))
attempt(lambda: array.array("i", 5))
attempt(lambda: array.array("i", "abc"))
attempt(lambda: array.array("i", array.array("u", "a")))
attempt(lambda: array.array("i", [], 1))
attempt(lambda: array.array("i", initializer=[]))
attempt(lambda: array.array("i", b"abc"))
attempt(lambda: array.array("i", [1, "x"]))
attempt(lambda: array.array("i", [1.5]))
attempt(lambda: array.array("u", [1]))
attempt(lambda: array.array("u", b"abcd"))
