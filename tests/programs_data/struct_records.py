import struct

RECORD = struct.Struct("<I8sHf")
print(RECORD.size, RECORD.format, struct.calcsize("<I8sHf"), struct.calcsize("@I8sHf"), struct.calcsize("bih"), struct.calcsize("=bih"))
rows = [(1, b"bolt", 120, 0.25), (2, b"washer-xl", 7, 1.5), (3, b"nut", 0, 0.125)]
blob = b"".join(RECORD.pack(*r) for r in rows)
print(len(blob), blob[:RECORD.size].hex())
for rid, name, qty, price in RECORD.iter_unpack(blob):
    print(rid, name.rstrip(b"\0").decode(), qty, price)
print(struct.unpack_from("<H", blob, RECORD.size + 12), RECORD.unpack_from(blob, offset=RECORD.size * 2))
buf = bytearray(10)
struct.pack_into(">hxI", buf, 2, -2, 0xDEADBEEF)
print(buf)
print(struct.pack(">bBhHiIqQ", -1, 255, -300, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1).hex())
print(struct.pack("<?c3s5p", True, b"Z", b"abcdef", b"hi"))
print(struct.unpack("<?c3s5p", b"\x01Zabc\x02hi\x00\x00"))
print(struct.pack("!e", 1.5), struct.unpack("!e", b"\x3e\x00"), struct.pack("<d", 0.1), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.pack("4B", *b"\x01\x02\x03\x04"), struct.unpack("2H", struct.pack("2H", 1, 2)), struct.pack("0s", b"x"), struct.pack("3x"))
print(struct.pack("@nN", -5, 5) if struct.calcsize("n") == 8 else None)
errors = [
    lambda: struct.pack("<B", 256),
    lambda: struct.pack("<b", -129),
    lambda: struct.pack("<h", 40000),
    lambda: struct.pack("<I", -1),
    lambda: struct.pack("<Q", 2**64),
    lambda: struct.pack("<i", 1.5),
    lambda: struct.pack("<i", "3"),
    lambda: struct.pack("<c", b"ab"),
    lambda: struct.pack("<s", "text"),
    lambda: struct.pack("<HH", 1),
    lambda: struct.pack("<H", 1, 2),
    lambda: struct.unpack("<I", b"abc"),
    lambda: struct.unpack_from("<I", b"abcd", 2),
    lambda: struct.pack("<z", 1),
    lambda: struct.calcsize("<P"),
    lambda: struct.pack_into("<I", bytearray(2), 0, 1),
    lambda: RECORD.unpack(b""),
    lambda: struct.iter_unpack("<I", b"abcde"),
    lambda: struct.pack("<e", 1e10),
    lambda: struct.pack("<f", 1e300),
]
for fn in errors:
    try:
        print(fn())
    except (struct.error, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
s = struct.Struct(">3sI")
print(s.pack(b"id", 7), s.unpack(s.pack(b"id", 7)), repr(s.format))
header = struct.pack("!HHI", 1, 2, 3)
magic, ver, length = struct.unpack("!HHI", header)
print(magic, ver, length, struct.unpack("!HHI", memoryview(header)), struct.unpack("!HHI", bytearray(header)))
print(struct.unpack("<q", struct.pack("<q", -42)), struct.pack("@bq", 1, 2).hex(), struct.pack("=bq", 1, 2).hex())
print(struct.pack("<?", []), struct.pack("<?", 5), struct.unpack("?", b"\x02"))
print(struct.pack(">l", 2**31 - 1), struct.pack("<i", True))
