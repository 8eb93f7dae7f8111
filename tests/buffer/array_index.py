# array indexing, slicing, item and slice assignment, deletion
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = array.array("i", range(10))
print(a[0], a[-1], a[3], a[2:5], a[::3], a[::-1], a[8:2:-2], a[100:], a[-3:])
attempt(lambda: a[10])
attempt(lambda: a[-11])
attempt(lambda: a["x"])
attempt(lambda: a[1.0])
a[0] = 100
a[-1] = -100
print(a)


def setter(key, value):
    def go():
        a[key] = value
        return a
    return go


def deleter(key):
    def go():
        del a[key]
        return a
    return go


attempt(setter(10, 1))
attempt(setter("x", 1))
attempt(setter(0, "x"))
attempt(setter(0, 2**40))
attempt(setter(slice(0, 2), array.array("i", [7, 7, 7])))
attempt(setter(slice(0, 3), array.array("i")))
attempt(setter(slice(None, None, 2), array.array("i", [1, 2])))
attempt(setter(slice(None, None, 4), array.array("i", [0, 0, 0])))
attempt(setter(slice(0, 1), [1]))
attempt(setter(slice(0, 1), array.array("h", [1])))
attempt(setter(slice(5, 2), array.array("i", [55])))
attempt(setter(slice(None, None, -1), a))
attempt(deleter(0))
attempt(deleter(-1))
attempt(deleter(50))
attempt(deleter(slice(0, 2)))
attempt(deleter(slice(None, None, 2)))
attempt(deleter(slice(None, None, -1)))
attempt(deleter("x"))
b = array.array("d", [1.5, 2.5])
b[0] = 3
print(b, b[0], type(b[0]).__name__)
c = array.array("B", [1, 2, 3])
c[1:2] = c
print(c)
