# a bytearray cannot change size while a memoryview of it exists
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b"abcdef")
m = memoryview(ba)
attempt("append", lambda: ba.append(1))
attempt("extend", lambda: ba.extend(b"xy"))
attempt("extend empty", lambda: ba.extend(b""))
attempt("extend iter", lambda: ba.extend(iter([1])))
attempt("insert", lambda: ba.insert(0, 1))
attempt("pop", lambda: ba.pop())
attempt("remove", lambda: ba.remove(ord("a")))
attempt("remove missing", lambda: ba.remove(ord("z")))
attempt("clear", lambda: ba.clear())
attempt("iadd", lambda: ba.__iadd__(b"z"))
attempt("iadd empty", lambda: ba.__iadd__(b""))
attempt("imul 2", lambda: ba.__imul__(2))
attempt("imul 1", lambda: ba.__imul__(1))
attempt("init", lambda: ba.__init__(b"abcdef"))


def setslice(key, value):
    def go():
        ba[key] = value
        return bytes(ba)
    return go


def delete(key):
    def go():
        del ba[key]
        return bytes(ba)
    return go


attempt("same size slice", setslice(slice(0, 2), b"AB"))
attempt("grow slice", setslice(slice(0, 2), b"ABC"))
attempt("shrink slice", setslice(slice(0, 2), b"A"))
attempt("ext slice", setslice(slice(None, None, 2), b"123"))
attempt("item", setslice(1, 66))
attempt("del item", delete(0))
attempt("del slice", delete(slice(0, 2)))
attempt("del empty", delete(slice(0, 0)))
attempt("reverse", lambda: ba.reverse())
print(ba, bytes(m))
m2 = m[1:3]
m.release()
attempt("after one release", lambda: ba.append(1))
del m2
attempt("after del", lambda: ba.append(33))
print(ba)
views = [memoryview(ba) for _ in range(3)]
attempt("three views", lambda: ba.pop())
views.pop().release()
views.pop().release()
attempt("one view left", lambda: ba.pop())
views.clear()
attempt("no views", lambda: ba.pop())
