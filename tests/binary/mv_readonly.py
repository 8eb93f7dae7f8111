# Read-only views guard data handed to untrusted code.
data = bytearray(b"secret-config")
ro = memoryview(data).toreadonly()
print(ro.readonly, bytes(ro), ro.obj is data)


def untrusted(view):
    try:
        view[0] = 0
    except TypeError as e:
        print("write refused:", type(e).__name__, e)
    try:
        view[0:2] = b"xx"
    except TypeError as e:
        print("slice refused:", type(e).__name__, e)
    return view[:6].tobytes()


print(untrusted(ro))
print(untrusted(memoryview(b"immutable")))
data[0] = ord("S")
print(bytes(ro), ro[0])
sub = ro[7:]
print(sub.readonly, bytes(sub))
print(memoryview(ro).readonly, ro.cast("B").readonly)
try:
    data.append(1)
except BufferError as e:
    print(type(e).__name__, e)
for v in (sub, ro):
    v.release()
data.append(33)
print(data)

rw = memoryview(bytearray(4))
rw[:] = b"\x01\x02\x03\x04"
print(rw.tolist(), rw.toreadonly().tolist(), rw.readonly)
print(hash(memoryview(b"k")) == hash(b"k"))
try:
    hash(rw.toreadonly())
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
