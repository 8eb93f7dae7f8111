# memoryview.cast between 'B', 'H', 'I', 'd' and shapes.
from array import array

raw = bytearray(range(16))
mv = memoryview(raw)
print(mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)

h = mv.cast("H")
print(h.format, h.itemsize, len(h), h.shape, h.nbytes)
print([hex(x) for x in h.tolist()])
i = mv.cast("I")
print([hex(x) for x in i.tolist()], i.strides)
q = mv.cast("Q")
print([hex(x) for x in q.tolist()])

m2 = mv.cast("B", (4, 4))
print(m2.ndim, m2.shape, m2.strides, m2.tolist())
m3 = mv.cast("H", [2, 2, 2])
print(m3.shape, m3.tolist())
print(m2.cast("B").tolist() == list(raw))

# write through a cast view
h[0] = 0xFFFF
print(raw[:4])
i[1] = 0x01020304
print(raw[4:8])

# doubles
dbuf = bytearray(array("d", [1.5, -2.25, 1e100]).tobytes())
d = memoryview(dbuf).cast("d")
print(d.format, len(d), d.tolist())
d[1] = 0.1
back = array("d")
back.frombytes(dbuf)
print(back.tolist())
print(d.cast("B").tolist()[:8])

# errors
for fmt, shape in [("I", None), ("x", None), ("B", (3, 5)), ("d", (3,)), ("H", (0, 8))]:
    try:
        src = memoryview(bytes(10))
        r = src.cast(fmt) if shape is None else src.cast(fmt, shape)
        print(fmt, shape, r.shape)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    m2.cast("H")
except TypeError as e:
    print(type(e).__name__, e)
try:
    h.cast("I")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m2[0]
except NotImplementedError as e:
    print(type(e).__name__, e)
print(m2[1, 2], m3[1, 0, 1])
m2[3, 3] = 99
print(raw[15])
