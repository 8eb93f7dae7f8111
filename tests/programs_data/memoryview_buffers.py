import array

data = bytearray(b"0123456789")
mv = memoryview(data)
print(mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.readonly, mv.contiguous)
mv[0] = ord("X")
mv[2:4] = b"AB"
print(data)
sub = mv[::2]
print(bytes(sub), sub.tolist(), sub.c_contiguous)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    data.append(1)
except BufferError as e:
    print(type(e).__name__, e)
sub.release(); mv.release()
data.append(ord("!"))
print(data)
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)

ro = memoryview(b"abcdef")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(ro.hex(), ro.hex("-", 2), ro.tobytes(), ro == b"abcdef", ro[1:3] == b"bc")

a = array.array("i", [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1])
m[1] = 20
print(a)
bm = m.cast("B")
print(len(bm), bm.format)
back = bm.cast("i")
print(back.tolist())
try:
    m[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
print("released" if "released" in repr(cm) else "live")

try:
    memoryview(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(3.5)
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc" in b"xxabcxx", 98 in b"abc", memoryview(b"abc")[::-1].tobytes())
