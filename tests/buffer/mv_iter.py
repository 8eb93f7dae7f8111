# iteration, len, membership over memoryviews
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"abc")
print(list(m), [x for x in m], tuple(m[::-1]), list(reversed(m)))
print(97 in m, 100 in m, sum(m), max(m), sorted(memoryview(b"cab")))
print(list(memoryview(array.array("h", [-1, 2, -3]))), list(memoryview(array.array("d", [0.5]))))
print(list(enumerate(memoryview(b"xy"))), list(zip(m, m[1:])))
it = iter(m)
print(next(it), next(it), next(it))
attempt(lambda: next(it))
g = memoryview(bytes(4)).cast("B", (2, 2))
attempt(lambda: list(g))
attempt(lambda: len(g))
z = memoryview(b"a").cast("B", ())
attempt(lambda: iter(z))
attempt(lambda: len(z))
print(len(memoryview(b"")), list(memoryview(b"")), bool(memoryview(b"")), bool(m))
print(list(memoryview(b"ab").cast("c")), list(memoryview(b"\x00\x01").cast("?")))
