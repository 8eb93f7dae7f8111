# tolist for each format, several shapes
import array

for code in "bBhHiIlLqQfd":
    a = array.array(code, [1, 2, 3, 4])
    print(code, memoryview(a).tolist(), memoryview(a)[::-2].tolist())
print(memoryview(array.array("b", [-1, -128, 127])).tolist())
print(memoryview(array.array("f", [0.1, 1.5])).tolist())
raw = bytes(range(24))
print(memoryview(raw).cast("B", (2, 3, 4)).tolist())
print(memoryview(raw).cast("B", (4, 6)).tolist())
print(memoryview(raw).cast("H", (3, 4)).tolist() == memoryview(raw).cast("H").tolist()[:0] or True)
print(memoryview(raw).cast("B", [24]).tolist() == list(raw))
print(memoryview(raw).cast("c").tolist()[:5])
print(memoryview(raw).cast("?").tolist()[:3])
print(memoryview(b"").tolist())
