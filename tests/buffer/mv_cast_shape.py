# cast to and from N-dimensional shapes; indexing N-D views
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


raw = bytearray(range(12))
m = memoryview(raw)
g = m.cast("B", (3, 4))
print(g.ndim, g.shape, g.strides, g.nbytes, len(g), g.c_contiguous, g.f_contiguous)
print(g[0, 0], g[1, 2], g[2, 3], g[-1, -1])
g[1, 1] = 99
print(raw[5])
attempt(lambda: g[3, 0])
attempt(lambda: g[0, 4])
attempt(lambda: g[0])
attempt(lambda: g[0, 0, 0])
attempt(lambda: g[0:1].tolist())
attempt(lambda: g[::-1].tolist())
attempt(lambda: g[...])
attempt(lambda: g[0:1, 0:1])
attempt(lambda: list(g))
attempt(lambda: g.cast("B", (12,)).tolist())
attempt(lambda: g.cast("B").shape)
attempt(lambda: g.cast("B", (2, 6)))
attempt(lambda: m.cast("B", (5, 3)))
attempt(lambda: m.cast("B", (0, 12)))
attempt(lambda: m.cast("B", (-1,)))
attempt(lambda: m.cast("B", (3.0, 4)))
attempt(lambda: m.cast("B", 12))
attempt(lambda: m.cast("B", [2, 2, 3]).shape)
attempt(lambda: m.cast("i", (3,)).tolist() == m.cast("i").tolist())
attempt(lambda: m.cast("H", [2, 3]).strides)
attempt(lambda: m.cast("B", (1,) * 65))
attempt(lambda: memoryview(b"").cast("B", (1,)))


def put(view, key, value):
    def go():
        view[key] = value
        return view.tolist()
    return go


attempt(put(g, 0, 1))
attempt(put(g, slice(0, 1), b"abcd"))
attempt(put(g, (0, 0), 300))
attempt(put(g, (slice(0, 1), slice(0, 1)), b"a"))
z = m[:1].cast("B", ())
print(z.ndim, z.shape, z.strides, z.tolist(), z[()], z[...] is z, z.nbytes)
attempt(lambda: len(z))
attempt(lambda: z[0])
attempt(lambda: list(z))
attempt(put(z, (), 42))
attempt(put(z, ..., 43))
attempt(put(z, 0, 1))
print(raw[0])
