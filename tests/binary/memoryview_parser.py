# A zero-copy parser that walks a buffer with memoryview slices.
class Reader:
    def __init__(self, data):
        self.view = memoryview(data)
        self.pos = 0

    def take(self, n):
        if self.pos + n > len(self.view):
            raise EOFError("need %d bytes at %d, have %d" % (n, self.pos, len(self.view) - self.pos))
        chunk = self.view[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def u8(self):
        return self.take(1)[0]

    def u16le(self):
        return int.from_bytes(self.take(2), "little")

    def cstring(self):
        rest = self.view[self.pos:]
        end = rest.tobytes().find(b"\x00")
        if end < 0:
            raise EOFError("unterminated string at %d" % self.pos)
        s = rest[:end].tobytes().decode("ascii")
        self.pos += end + 1
        return s

    def remaining(self):
        return len(self.view) - self.pos


data = bytearray(b"\x02\x05\x00alpha\x00\x10\x27beta\x00\xff")
r = Reader(data)
count = r.u8()
print("count", count)
for _ in range(count):
    n = r.u16le()
    name = r.cstring()
    print(n, name, r.pos, r.remaining())
print(r.u8(), r.remaining())
try:
    r.u8()
except EOFError as e:
    print(type(e).__name__, e)

r = Reader(b"\x01\x02")
chunk = r.take(2)
print(type(chunk).__name__, chunk.obj, chunk.readonly, bytes(chunk), chunk.tolist())
r = Reader(b"abc")
try:
    r.cstring()
except EOFError as e:
    print(type(e).__name__, e)

# views over views share the same memory
v = memoryview(data)
inner = v[3:8]
inner2 = inner[1:3]
print(bytes(inner), bytes(inner2), inner2.obj is data)
data[4] = ord("L")
print(bytes(inner), bytes(inner2))
print(inner2.nbytes, inner2.c_contiguous, inner2.f_contiguous, inner2.suboffsets)
