# Sharing an array's memory with memoryview, and blocked resizes.
from array import array

a = array("i", [10, 20, 30, 40])
m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.tolist())
m[1] = -20
print(a)
try:
    a.append(50)
except BufferError as e:
    print(type(e).__name__, e)
try:
    a.extend([1])
except BufferError as e:
    print(type(e).__name__, e)
try:
    a.pop()
except BufferError as e:
    print(type(e).__name__, e)
a[0] = 11
print(m[0], m[::2].tolist())
bytesview = m.cast("B")
print(len(bytesview), bytesview.nbytes)
bytesview.release()
m.release()
a.append(50)
print(a, a.buffer_info()[1])

b = bytes(a)
print(len(b), array("i", b) == a if False else None)
back = array("i")
back.frombytes(b)
print(back == a, back)
ba = bytearray(a)
print(len(ba), ba[:4])
print(array("B", b"\x01\x02"), array("b", bytearray(b"\xff")))
copy = array("h", memoryview(array("h", [1, -1])).tobytes())
print(copy)
with memoryview(a) as view:
    print(view.obj is a, view[-1])
a.pop()
print(a)
