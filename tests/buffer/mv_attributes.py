# memoryview attributes over bytes, bytearray and arrays
import array


def show(m):
    print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape,
          m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous,
          m.contiguous, len(m))


b = b"abcdef"
show(memoryview(b))
show(memoryview(bytearray(b)))
show(memoryview(b)[::2])
show(memoryview(b)[::-1])
show(memoryview(b)[2:2])
for code in "bBhHiIlLqQfd":
    show(memoryview(array.array(code, [1, 2, 3])))
m = memoryview(b)
print(m.obj is b, m[1:].obj is b, memoryview(m).obj is b)
ba = bytearray(b"xy")
print(memoryview(ba).obj is ba)
print(type(m).__name__, type(m[0]).__name__, isinstance(m, memoryview))
