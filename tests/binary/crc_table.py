# A table-driven CRC-32 and CRC-16/CCITT computed over bytes-like objects.
def make_crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


TABLE = make_crc32_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc16_ccitt(data, crc=0xFFFF):
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


print([hex(t) for t in TABLE[:4]], hex(TABLE[255]))
for s in [b"", b"123456789", b"The quick brown fox jumps over the lazy dog"]:
    print(s[:12], "%08x" % crc32(s), "%04x" % crc16_ccitt(s))

ba = bytearray(b"123456789")
print("%08x" % crc32(ba), "%08x" % crc32(memoryview(ba)[2:]))
print("%08x" % crc32(b"6789", crc32(b"12345")))

frame = bytearray(b"\x02HELLO\x03")
frame += crc16_ccitt(frame).to_bytes(2, "big")
print(frame.hex("-"))
print(crc16_ccitt(frame) == 0, crc16_ccitt(frame[:-2]) == int.from_bytes(frame[-2:], "big"))
frame[2] = 0x45
print(frame, crc16_ccitt(frame[:-2]) == int.from_bytes(frame[-2:], "big"))
print(bytes(frame).hex(":", 2))
