# byteswap buffer_info tobytes frombytes tolist fromlist tounicode fromunicode
import array
import sys


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


little = sys.byteorder == "little"
a = array.array("H", [1, 258])
print(a.tobytes() == (b"\x01\x00\x02\x01" if little else b"\x00\x01\x01\x02"))
a.byteswap()
print(a)
a.byteswap()
info = a.buffer_info()
print(type(info).__name__, len(info), info[1], type(info[0]).__name__)
b = array.array("i")
b.frombytes(array.array("i", [5, -6]).tobytes())
b.frombytes(memoryview(array.array("i", [7]).tobytes()))
print(b, b.tolist())
attempt(lambda: b.frombytes(b"abc"))
attempt(lambda: b.frombytes("str"))
attempt(lambda: b.frombytes([1, 2]))
b.fromlist([8, 9])
print(b)
attempt(lambda: b.fromlist((1,)))
attempt(lambda: b.fromlist([1, "x"]))
print(b)
for code in "bBhHiIlLqQfd":
    x = array.array(code, [1, 2])
    x.byteswap()
    x.byteswap()
    print(code, x.tolist(), len(x.tobytes()))
f = array.array("d", [1.0])
f.byteswap()
print(f.tobytes() == array.array("d", [1.0]).tobytes()[::-1])
u = array.array("u", "abc")
u.fromunicode("dé")
print(u, u.tounicode(), u.tolist(), u.itemsize)
attempt(lambda: u.fromunicode(b"x"))
attempt(lambda: b.fromunicode("x"))
attempt(lambda: b.tounicode())
attempt(lambda: b.tolist(1))
