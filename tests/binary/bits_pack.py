# Packing boolean flags and small fields into bytes.
def pack_bits(bits):
    out = bytearray((len(bits) + 7) // 8)
    for i, bit in enumerate(bits):
        if bit:
            out[i // 8] |= 0x80 >> (i % 8)
    return bytes(out)


def unpack_bits(data, n):
    return [bool(data[i // 8] & (0x80 >> (i % 8))) for i in range(n)]


flags = [True, False, True, True, False, False, False, True, True, False, True]
packed = pack_bits(flags)
print(packed, packed.hex(), bin(int.from_bytes(packed, "big")))
print(unpack_bits(packed, len(flags)) == flags)


def pack_nibbles(values):
    if len(values) % 2:
        values = values + [0]
    return bytes(hi << 4 | lo for hi, lo in zip(values[::2], values[1::2]))


def unpack_nibbles(data):
    out = []
    for b in data:
        out += [b >> 4, b & 0xF]
    return out


n = pack_nibbles([1, 2, 3, 15, 0, 9, 7])
print(n.hex(" "), unpack_nibbles(n))
try:
    pack_nibbles([16, 1])
except ValueError as e:
    print(type(e).__name__, e)

# RGB565 colours
def rgb565(r, g, b):
    return ((r >> 3) << 11 | (g >> 2) << 5 | b >> 3).to_bytes(2, "little")


pix = b"".join(rgb565(*c) for c in [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)])
print(pix.hex(" ", 2), memoryview(pix).cast("H").tolist())
for v in memoryview(pix).cast("H"):
    print(v >> 11, v >> 5 & 63, v & 31)
print(int.from_bytes(b"\x01\x02", "big").bit_count(), (0xF0).to_bytes(1, "big"))
