# tobytes and hex
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"\x00\x01\xab\xff hello")
print(m.tobytes(), m[::2].tobytes(), m[::-1].tobytes())
print(m.hex(), m[2:4].hex(), m.hex(":"), m.hex("-", 2), m.hex(b"_", -3))
print(m.hex(sep="|", bytes_per_sep=4))
attempt(lambda: m.hex("ab"))
attempt(lambda: m.hex(1))
a = array.array("H", [1, 256, 65535])
ma = memoryview(a)
print(ma.tobytes() == a.tobytes(), ma.hex())
g = memoryview(bytes(range(6))).cast("B", (2, 3))
print(g.tobytes(), g.tobytes("C"), g.tobytes("F"), g.tobytes("A"), g.tobytes(None))
attempt(lambda: g.tobytes("X"))
attempt(lambda: g.tobytes(order=1))
print(memoryview(b"").tobytes(), memoryview(b"").hex())
