# release(): the view is unusable afterwards, exports are lifted
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"abc")
m = memoryview(ba)
attempt(lambda: ba.append(1))
print(m.release())
print(m.release())
attempt(lambda: ba.append(100))
print(ba)
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
             "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    attempt(lambda: getattr(m, name))
attempt(lambda: m[0])
attempt(lambda: len(m))
attempt(lambda: m.tobytes())
attempt(lambda: m.tolist())
attempt(lambda: m.hex())
attempt(lambda: m.cast("B"))
attempt(lambda: m.toreadonly())
attempt(lambda: bytes(m))
attempt(lambda: memoryview(m))
attempt(lambda: list(m))
attempt(lambda: hash(m))
print(repr(m).startswith("<released memory at 0x"))
print(m == m, m != m, m == b"abc", m == memoryview(b"abc"))
n = memoryview(ba)
print(repr(n).startswith("<memory at 0x"))
s = n[1:]
n.release()
attempt(lambda: ba.append(1))
print(bytes(s))
s.release()
attempt(lambda: ba.append(1))
print(ba)
