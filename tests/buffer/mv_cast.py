# cast between formats (one side must be a byte format)
import array
import sys


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


little = sys.byteorder == "little"
m = memoryview(bytes(range(16)))
for fmt in ["B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "?", "P", "@B", "@i"]:
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.nbytes, c.shape, c.strides, len(c))
print(m.cast("I").tolist() == ([0x03020100, 0x07060504, 0x0b0a0908, 0x0f0e0d0c] if little else None))
print(m.cast("H").cast("B").tolist() == list(range(16)))
attempt(lambda: m.cast("x"))
attempt(lambda: m.cast("e"))
attempt(lambda: m.cast("<i"))
attempt(lambda: m.cast("ii"))
attempt(lambda: m.cast(""))
attempt(lambda: m.cast(1))
attempt(lambda: m.cast("u"))
attempt(lambda: m.cast("i").cast("h"))
attempt(lambda: memoryview(b"abc").cast("H"))
attempt(lambda: m[::2].cast("B"))
attempt(lambda: m.cast())
ai = array.array("i", [1, -1])
mi = memoryview(ai)
print(mi.cast("B").tolist() == list(ai.tobytes()), mi.cast("b").cast("i").tolist())
ba = bytearray(8)
w = memoryview(ba).cast("i")
w[1] = -2
print(ba == bytearray(4) + (-2).to_bytes(4, sys.byteorder, signed=True), w.readonly)
print(memoryview(b"ab").cast("B").readonly)
