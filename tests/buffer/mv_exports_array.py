# an array cannot change size while a memoryview of it exists
import array


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


a = array.array("i", [1, 2, 3, 4])
m = memoryview(a)
attempt("append", lambda: a.append(5))
attempt("extend", lambda: a.extend([5]))
attempt("extend empty", lambda: a.extend([]))
attempt("insert", lambda: a.insert(0, 5))
attempt("pop", lambda: a.pop())
attempt("remove", lambda: a.remove(1))
attempt("frombytes", lambda: a.frombytes(b"\x00" * 4))
attempt("frombytes empty", lambda: a.frombytes(b""))
attempt("fromlist", lambda: a.fromlist([1]))
attempt("fromlist empty", lambda: a.fromlist([]))
attempt("iadd", lambda: a.__iadd__(array.array("i", [1])))
attempt("imul 2", lambda: a.__imul__(2))
attempt("imul 1", lambda: a.__imul__(1))
attempt("reverse", lambda: a.reverse())
attempt("byteswap twice", lambda: (a.byteswap(), a.byteswap()))


def setslice(key, value):
    def go():
        a[key] = value
        return a.tolist()
    return go


def delete(key):
    def go():
        del a[key]
        return a.tolist()
    return go


attempt("same size slice", setslice(slice(0, 2), array.array("i", [7, 8])))
attempt("grow slice", setslice(slice(0, 2), array.array("i", [7, 8, 9])))
attempt("empty slice", setslice(slice(0, 0), array.array("i")))
attempt("item", setslice(0, 70))
attempt("del item", delete(0))
attempt("del slice", delete(slice(0, 0)))
print(a, m.tolist())
m[0] = -1
print(a)
m.release()
a.append(5)
a.pop(0)
print(a)
