# Comparisons and hashing of bytes vs bytearray vs memoryview.
b = b"abc"
ba = bytearray(b"abc")
mv = memoryview(b"abc")

print(b == ba, ba == b, b == mv, mv == b, ba == mv, mv == ba)
print(b != ba, b is ba, b == "abc", ba == "abc", mv == "abc")
print(b < b"abd", ba < b"abd", b"ab" < ba, bytearray(b"b") > b)
try:
    print(mv < b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(b < "abc")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([b"b", bytearray(b"a"), b"ab", bytearray(b"")]))

print(hash(b) == hash(mv), hash(b"") == hash(memoryview(b"")))
try:
    hash(ba)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(memoryview(ba))
except ValueError as e:
    print(type(e).__name__, e)

d = {b: "bytes"}
print(d[mv], mv in d, b"abc" in {mv})
d[mv] = "view"
print(d, len(d))
s = {b"x", memoryview(b"x"), b"y"}
print(len(s))

# memoryview equality with formats
import array
a = array.array("B", [97, 98, 99])
print(memoryview(a) == b, memoryview(a) == mv)
ah = array.array("H", [1, 2])
print(memoryview(ah) == memoryview(bytes([1, 0, 2, 0])), memoryview(ah) == memoryview(bytes([1, 0, 2, 0])).cast("H"))
print(memoryview(ah) == [1, 2], memoryview(ah).tolist() == [1, 2])
fa = array.array("d", [float("nan")])
print(memoryview(fa) == memoryview(fa))
mvv = memoryview(fa)
print(mvv == mvv)

# count of equals within a list
items = [b"k", bytearray(b"k"), memoryview(b"k"), "k", 107]
print([items.count(x) for x in items])
print(b"k" in items[1:], items.index(bytearray(b"k")))

released = memoryview(b"abc")
released.release()
print(released == released, released == b"abc")
