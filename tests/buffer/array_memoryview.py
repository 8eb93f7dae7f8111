# memoryview of an array: format, itemsize, writes both ways
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for code in "bBhHiIlLqQfdu":
    a = array.array(code, "ab" if code == "u" else [1, 2])
    m = memoryview(a)
    print(code, m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly)
a = array.array("l", [10, 20, 30])
m = memoryview(a)
m[1] = -5
a[2] = 99
print(a, m.tolist(), m[2], m[::-1].tolist())
m[0:2] = array.array("l", [1, 2])
print(a)
b = m.cast("B")
print(len(b), b.nbytes, b.obj is a)
b[0] = 7
print(a[0])
u = memoryview(array.array("u", "xy"))
attempt(lambda: u[0])
attempt(lambda: u.tolist())
attempt(lambda: u.cast("B").nbytes)
print(u.tobytes() == array.array("u", "xy").tobytes())
print(bytes(memoryview(array.array("h", [1]))) == array.array("h", [1]).tobytes())
