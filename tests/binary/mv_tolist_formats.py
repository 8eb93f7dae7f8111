# Viewing one buffer as several element formats.
from array import array

raw = bytearray(b"\x01\x00\x00\x00\xff\xff\xff\xff\x00\x00\x80\x3f\x00\x00\x00\x00")
mv = memoryview(raw)
for fmt in ["B", "b", "H", "h", "I", "i", "L", "Q", "q", "f", "c", "?"]:
    try:
        v = mv.cast(fmt)
        print(fmt, v.itemsize, len(v), v.tolist())
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)

f = mv[8:16].cast("f")
print(f.tolist(), f[0], type(f[0]).__name__)
c = mv[:4].cast("c")
print(c.tolist(), c[0])
c[1] = b"Z"
print(raw[:4])
try:
    c[2] = b"too long"
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = mv.cast("?")
print(b[0], b[1], b[4])

for typecode in "bBhHiIlLqQfd":
    a = array(typecode, [1, 2, 3])
    m = memoryview(a)
    print(typecode, m.format, m.itemsize, m.nbytes, m.tolist(), m.tobytes()[:4])

sbytes = memoryview(b"\x80\x7f").cast("b")
print(sbytes.tolist(), list(sbytes), sbytes[0])
