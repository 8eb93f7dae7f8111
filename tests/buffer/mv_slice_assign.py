# slice assignment through a memoryview: same format and shape required
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"abcdefgh")
m = memoryview(ba)
m[0:3] = b"XYZ"
print(ba)
m[::2] = b"1234"
print(ba)
m[5:8] = bytearray(b"!!!")
print(ba)
m[0:2] = memoryview(b"..")
print(ba)
m[1:3] = array.array("B", [65, 66])
print(ba)
m[2:2] = b""
print(ba)
m[:] = m[::-1]
print(ba)


def assign(view, key, value):
    def go():
        view[key] = value
        return bytes(view)
    return go


attempt(assign(m, slice(0, 3), b"ab"))
attempt(assign(m, slice(0, 3), b"abcd"))
attempt(assign(m, slice(0, 2), 5))
attempt(assign(m, slice(0, 2), "ab"))
attempt(assign(m, slice(0, 2), [1, 2]))
attempt(assign(m, slice(0, 1), array.array("b", [1])))
attempt(assign(m, slice(0, 4), array.array("h", [1, 2])))
attempt(assign(m, slice(None, None, 3), b"qrs"))
ai = array.array("i", [1, 2, 3, 4])
mi = memoryview(ai)
mi[1:3] = array.array("i", [20, 30])
print(ai)
attempt(assign(mi, slice(0, 1), b"abcd"))
attempt(assign(mi, slice(0, 1), memoryview(b"abcd").cast("i")))
print(ai)
