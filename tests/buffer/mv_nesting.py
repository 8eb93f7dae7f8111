# memoryview of a memoryview shares the exporter; releases are separate
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"abcdef")
a = memoryview(ba)
b = memoryview(a)
print(b.obj is ba, bytes(b), b is a, b == a)
c = memoryview(a[1:4])
print(bytes(c), c.shape, c.obj is ba)
c[0] = ord("B")
print(ba, a[1], b[1])
a.release()
print(bytes(b), bytes(c))
attempt(lambda: ba.append(1))
b.release()
attempt(lambda: ba.append(1))
c.release()
ba.append(ord("!"))
print(ba)
x = memoryview(b"hello")
y = x[1:][1:][1:]
print(bytes(y), y.obj is x.obj, len(y))
z = memoryview(memoryview(memoryview(b"deep")))
print(bytes(z), z.obj)
