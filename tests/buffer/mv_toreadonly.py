# toreadonly gives a read-only view of the same memory
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"abc")
m = memoryview(ba)
r = m.toreadonly()
print(r.readonly, m.readonly, r.obj is ba, bytes(r), r.format, r.shape)


def write():
    r[0] = 1


attempt(write)
m[0] = ord("Z")
print(bytes(r), r[0])
print(r == m)
attempt(lambda: hash(r))
attempt(lambda: ba.append(1))
m.release()
attempt(lambda: ba.append(1))
r.release()
ba.append(33)
print(ba)
print(memoryview(b"x").toreadonly().readonly)
rr = memoryview(bytearray(b"abcd"))[::2].toreadonly()
print(rr.tolist(), rr.strides, rr.readonly)
