# item assignment through a memoryview: value checks per format
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(4)
m = memoryview(ba)
m[0] = 255
m[-1] = 7
print(ba)


def setter(view, key, value):
    def go():
        view[key] = value
        return view.tolist()
    return go


attempt(setter(m, 0, 256))
attempt(setter(m, 0, -1))
attempt(setter(m, 0, 1.5))
attempt(setter(m, 0, "a"))
attempt(setter(m, 0, b"a"))
attempt(setter(m, 4, 1))
attempt(setter(m, "x", 1))
attempt(setter(m, True, 9))
ro = memoryview(b"abc")
attempt(setter(ro, 0, 1))
attempt(setter(ro, slice(0, 1), b"x"))
a = array.array("h", [0, 0])
mh = memoryview(a)
attempt(setter(mh, 0, 32767))
attempt(setter(mh, 1, -32768))
attempt(setter(mh, 0, 32768))
print(a)
ai = array.array("i", [0])
mi = memoryview(ai)
attempt(setter(mi, 0, 2**31 - 1))
attempt(setter(mi, 0, 2**31))
ad = array.array("d", [0.0])
md = memoryview(ad)
attempt(setter(md, 0, 3))
attempt(setter(md, 0, 2.5))
attempt(setter(md, 0, "x"))
print(ad)
aQ = array.array("Q", [0])
mQ = memoryview(aQ)
attempt(setter(mQ, 0, 2**64 - 1))
attempt(setter(mQ, 0, 2**64))
attempt(setter(mQ, 0, -1))
print(aQ)


def delete():
    del m[0]


attempt(delete)


def delete_ro():
    del ro[0]


attempt(delete_ro)
