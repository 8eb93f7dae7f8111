import struct
from collections import namedtuple

Header = namedtuple("Header", "magic version kind length")
HEADER = struct.Struct("!4sBBH")

class ProtocolError(Exception):
    def __init__(self, offset, msg):
        super().__init__(f"at offset {offset}: {msg}")
        self.offset = offset

def encode(kind, fields):
    body = b"".join(struct.pack("!Hd", k, v) for k, v in fields)
    return HEADER.pack(b"GRTR", 1, kind, len(body)) + body

def decode(stream):
    offset = 0
    view = memoryview(stream)
    while offset < len(stream):
        try:
            hdr = Header._make(HEADER.unpack_from(view, offset))
        except struct.error as e:
            raise ProtocolError(offset, str(e)) from e
        if hdr.magic != b"GRTR":
            raise ProtocolError(offset, f"bad magic {hdr.magic!r}")
        start = offset + HEADER.size
        body = view[start:start + hdr.length]
        if len(body) != hdr.length:
            raise ProtocolError(offset, "short body")
        fields = dict(struct.iter_unpack("!Hd", body))
        yield hdr, fields
        offset = start + hdr.length

stream = encode(1, [(1, 2.5), (2, -0.125)]) + encode(2, []) + encode(7, [(9, 1e10)])
print(len(stream), stream[:8])
for hdr, fields in decode(stream):
    print(hdr, fields)
for broken in (stream[:-3], b"XXXX" + stream[4:], stream + b"\x00"):
    try:
        list(decode(broken))
    except ProtocolError as e:
        print(type(e).__name__, e, e.offset, type(e.__cause__).__name__)
    except struct.error as e:
        print("struct.error", e)
buf = bytearray(HEADER.size)
HEADER.pack_into(buf, 0, b"GRTR", 2, 3, 0)
print(buf, HEADER.unpack(buf), HEADER.size, HEADER.format)
ver, = struct.unpack_from("B", buf, 4)
print(ver, struct.unpack(">I", b"\x00\x00\x01\x00")[0], hex(struct.unpack("<I", b"\x00\x00\x01\x00")[0]))
print([hex(x) for x in struct.unpack("<4H", bytes(range(8)))])
print(struct.pack(">i", -1) == (-1).to_bytes(4, "big", signed=True))
