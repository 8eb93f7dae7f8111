# A fixed-size ring buffer on bytearray.
class RingBuffer:
    def __init__(self, size):
        self.buf = bytearray(size)
        self.size = size
        self.head = 0
        self.count = 0

    def write(self, data):
        written = 0
        for b in data:
            if self.count == self.size:
                break
            self.buf[(self.head + self.count) % self.size] = b
            self.count += 1
            written += 1
        return written

    def read(self, n):
        n = min(n, self.count)
        out = bytearray()
        for _ in range(n):
            out.append(self.buf[self.head])
            self.head = (self.head + 1) % self.size
            self.count -= 1
        return bytes(out)

    def peek(self):
        end = self.head + self.count
        if end <= self.size:
            return bytes(self.buf[self.head:end])
        return bytes(self.buf[self.head:]) + bytes(self.buf[:end - self.size])

    def __len__(self):
        return self.count

    def __repr__(self):
        return "RingBuffer(%r, head=%d, count=%d)" % (bytes(self.buf), self.head, self.count)


rb = RingBuffer(8)
print(rb)
print(rb.write(b"hello"), rb)
print(rb.read(3), rb)
print(rb.write(b"world!"), rb)
print(rb.peek(), len(rb))
print(rb.read(4), rb.peek())
print(rb.write(bytearray(b"XYZ")), rb.peek())
print(rb.read(100), len(rb), rb.read(1))
print(rb)

# stream through the buffer in chunks
rb = RingBuffer(5)
src = memoryview(b"The quick brown fox")
pos = 0
out = []
while pos < len(src) or len(rb):
    pos += rb.write(src[pos:pos + 3])
    out.append(rb.read(2))
print(out)
print(b"".join(out))
try:
    rb.buf[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
