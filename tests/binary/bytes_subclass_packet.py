# A bytes subclass carrying parsed fields, and a bytearray subclass buffer.
class Frame(bytes):
    def __new__(cls, kind, body):
        return super().__new__(cls, bytes([kind]) + body)

    @property
    def kind(self):
        return self[0]

    @property
    def body(self):
        return self[1:]

    def __repr__(self):
        return "Frame(kind=%d, body=%s)" % (self.kind, bytes.__repr__(self.body))


f = Frame(3, b"abc")
print(f, len(f), f.kind, f.body, type(f.body).__name__)
print(isinstance(f, bytes), f == b"\x03abc", hash(f) == hash(b"\x03abc"))
print(type(f + b"!").__name__, type(f[:2]).__name__, type(f.upper()).__name__)
print(bytes(f), type(bytes(f)).__name__, f.hex())
print(b"".join([f, Frame(1, b"")]))


class Buffer(bytearray):
    def write(self, data):
        self.extend(data)
        return len(data)

    def drain(self, n):
        out = bytes(self[:n])
        del self[:n]
        return out


buf = Buffer()
print(buf.write(b"hello "), buf.write(bytearray(b"world")), buf)
print(buf.drain(6), buf.drain(100), buf.drain(1), len(buf))
buf.write(f)
print(buf, buf == f, type(buf.copy()).__name__)
m = memoryview(buf)
try:
    buf.write(b"x")
except BufferError as e:
    print(type(e).__name__, e)
m.release()
print(buf.write(b"x"), bytes(buf))
