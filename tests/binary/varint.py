# LEB128 / protobuf-style varints encoded into bytearray.
def encode_varint(n):
    if n < 0:
        raise ValueError("negative varint: %d" % n)
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def decode_varint(data, pos=0):
    result = 0
    shift = 0
    while True:
        if pos >= len(data):
            raise ValueError("truncated varint")
        b = data[pos]
        result |= (b & 0x7F) << shift
        pos += 1
        if not b & 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n << 1) ^ (n >> 63)


def unzigzag(n):
    return (n >> 1) ^ -(n & 1)


for n in [0, 1, 127, 128, 300, 16384, 2**32, 2**63 - 1]:
    e = encode_varint(n)
    print(n, e.hex(" "), decode_varint(e))

stream = b"".join(encode_varint(n) for n in [5, 1000, 0, 70000])
pos = 0
vals = []
while pos < len(stream):
    v, pos = decode_varint(stream, pos)
    vals.append(v)
print(vals, len(stream))

for n in [0, -1, 1, -2, 2, -64, 63, -(2**31)]:
    z = zigzag(n)
    print(n, z, unzigzag(z), encode_varint(z).hex())
for bad in [b"\x80", b"\xff\xff", b""]:
    try:
        decode_varint(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    encode_varint(-5)
except ValueError as e:
    print(type(e).__name__, e)
print(decode_varint(bytearray(b"\xac\x02")), decode_varint(memoryview(b"\x00\x96\x01"), 1))
