# Framing packets with a length prefix and a stream reassembler.
class Reassembler:
    def __init__(self):
        self.pending = bytearray()

    def feed(self, data):
        self.pending += data
        packets = []
        while len(self.pending) >= 2:
            n = int.from_bytes(self.pending[:2], "big")
            if len(self.pending) < 2 + n:
                break
            packets.append(bytes(self.pending[2:2 + n]))
            del self.pending[:2 + n]
        return packets


def frame(payload):
    if len(payload) > 0xFFFF:
        raise OverflowError("payload of %d bytes too large" % len(payload))
    return len(payload).to_bytes(2, "big") + payload


wire = b"".join(frame(p) for p in [b"one", b"", b"three", b"x" * 20, "é".encode()])
print(wire.hex(" "))
r = Reassembler()
for size in [1, 3, 7, 2, 50]:
    piece, wire = wire[:size], wire[size:]
    print(size, r.feed(piece), bytes(r.pending))
print(r.feed(b""), len(r.pending))
try:
    frame(bytes(70000))
except OverflowError as e:
    print(type(e).__name__, e)

# deleting from the front while a view is alive fails
r.pending += b"\x00\x02ab\x00\x01"
m = memoryview(r.pending)
try:
    r.feed(b"c")
except BufferError as e:
    print(type(e).__name__, e)
m.release()
print(r.feed(b"c"), bytes(r.pending))
