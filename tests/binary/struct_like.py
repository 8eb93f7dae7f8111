# A tiny struct-like packer using int.to_bytes and memoryview casts.
FORMATS = {"B": (1, False), "b": (1, True), "H": (2, False), "h": (2, True), "I": (4, False), "i": (4, True)}


def pack(fmt, *values):
    order = "little" if fmt[0] == "<" else "big"
    codes = fmt[1:]
    if len(codes) != len(values):
        raise ValueError("pack expected %d items, got %d" % (len(codes), len(values)))
    out = bytearray()
    for code, v in zip(codes, values):
        size, signed = FORMATS[code]
        out += v.to_bytes(size, order, signed=signed)
    return bytes(out)


def unpack(fmt, data):
    order = "little" if fmt[0] == "<" else "big"
    pos = 0
    out = []
    for code in fmt[1:]:
        size, signed = FORMATS[code]
        out.append(int.from_bytes(data[pos:pos + size], order, signed=signed))
        pos += size
    if pos != len(data):
        raise ValueError("unpack requires %d bytes, got %d" % (pos, len(data)))
    return tuple(out)


p = pack("<BhI", 7, -2, 123456)
print(p, unpack("<BhI", p))
q = pack(">HHi", 1, 65535, -1)
print(q, unpack(">HHi", q), unpack("<HHi", q))
for args in [("<B", 256), ("<b", 128), ("<H", -1), ("<BB", 1)]:
    try:
        pack(*args)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    unpack("<I", b"\x00\x00")
except ValueError as e:
    print(type(e).__name__, e)

# compare with memoryview casts for native little-endian
records = pack("<HHHH", 1, 2, 3, 0xFFFF)
print(memoryview(records).cast("H").tolist())
print(memoryview(pack("<ii", -1, 5)).cast("i").tolist())
print(memoryview(pack("<II", 1, 2)).cast("B", (2, 4)).tolist())
