# subclasses of bytes/bytearray/array and __index__ objects meeting buffers
import array
def attempt(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__, e)
class B(bytes): pass
class BA(bytearray): pass
class BB(bytes):
    def __bytes__(self): return b"from-bytes"
class I:
    def __index__(self): return 3
class L(list): pass
for x in [B(b"ab"), BA(b"cd"), BB(b"ef")]:
    attempt(lambda: memoryview(x).obj is x)
    attempt(lambda: bytes(memoryview(x)))
    attempt(lambda: bytes(x))
    attempt(lambda: array.array("b", x))
    attempt(lambda: b"-".join([x, memoryview(x)]))
attempt(lambda: array.array("i", L([1, 2])))
attempt(lambda: array.array("i", [I()]))
attempt(lambda: memoryview(bytearray(5))[I()])
attempt(lambda: memoryview(bytearray(5)).cast("B", [I()]))
m = memoryview(bytearray(b"abc"))
m[I() - 1 if False else 0] = I()
attempt(lambda: bytes(m))
attempt(lambda: array.array("b", [1, 2, 3])[I()])
attempt(lambda: array.array("b", [1, 2, 3, 4])[I()])
a = array.array("b", [1, 2, 3, 4])
a[I()] = I()
print(a)
attempt(lambda: a.pop(I()))
attempt(lambda: a.insert(I(), 9))
print(a)
attempt(lambda: a * I())
attempt(lambda: I() * a)
attempt(lambda: memoryview(b"abc")[I():].tolist())
attempt(lambda: memoryview(b"abcdef")[I():].tobytes())
ba = BA(b"xyz")
v = memoryview(ba)
attempt(lambda: ba.append(1))
v.release()
attempt(lambda: ba.append(1))
print(ba)
attempt(lambda: memoryview(ba).obj.__class__.__name__)
class AA(array.array):
    def __getitem__(self, i):
        return "custom"
aa = AA("i", [1, 2])
print(list(aa)[:2] if False else aa[0], memoryview(aa).tolist(), bytes(aa) == array.array("i", [1, 2]).tobytes())
print(list(aa))
