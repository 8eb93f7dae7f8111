# bytearray item and slice assignment
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"abcdef")
ba[0] = 65; ba[-1] = 70
print(ba)
ba[1:3] = b"XYZ"; print(ba)
ba[1:4] = b""; print(ba)
ba[:0] = bytearray(b"<<"); print(ba)
ba[len(ba):] = [33, 63]; print(ba)
ba[::2] = b"0123"; print(ba)
ba[::-3] = (1, 2, 3); print(ba)
ba[5:2] = b"ins"; print(ba)
ba[2:4] = range(3); print(ba)
ba[:] = ba; print(ba)
ba[1:3] = ba; print(ba)
ba[:] = (x for x in b"gen"); print(ba)
t(lambda: ba.__setitem__(0, 256))
t(lambda: ba.__setitem__(0, -1))
t(lambda: ba.__setitem__(0, "x"))
t(lambda: ba.__setitem__(0, b"x"))
t(lambda: ba.__setitem__(5, 1))
t(lambda: ba.__setitem__(-4, 1))
t(lambda: ba.__setitem__("x", 1))
t(lambda: ba.__setitem__(slice(None, None, 2), b"x"))
t(lambda: ba.__setitem__(slice(None, None, 2), 5))
t(lambda: ba.__setitem__(slice(0, 1), 5))
t(lambda: ba.__setitem__(slice(0, 1), "ab"))
t(lambda: ba.__setitem__(slice(0, 1), [300]))
t(lambda: ba.__setitem__(slice(0, 1), None))
t(lambda: ba.__setitem__(slice(0, 1), 1.5))
t(lambda: ba.__setitem__(slice(0, 1), ["a"]))
t(lambda: ba.__setitem__(slice(None, None, 0), b""))
print(ba)
class I:
    def __index__(self):
        return 1
ba[I()] = I(); print(ba)
t(lambda: b"abc".__setitem__)
def assign():
    b = b"abc"
    b[0] = 1
t(assign)
