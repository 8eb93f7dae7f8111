# Adler-32 and a Fletcher-16 over bytearray and memoryview inputs.
MOD_ADLER = 65521


def adler32(data, start=1):
    a = start & 0xFFFF
    b = (start >> 16) & 0xFFFF
    for byte in data:
        a = (a + byte) % MOD_ADLER
        b = (b + a) % MOD_ADLER
    return (b << 16) | a


def fletcher16(data):
    s1 = 0
    s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


samples = [b"", b"a", b"abc", b"Wikipedia", b"\x00" * 10, bytes(range(256))]
for s in samples:
    print(len(s), hex(adler32(s)), hex(fletcher16(s)))

buf = bytearray(b"Wikipedia")
print(hex(adler32(buf)), hex(adler32(memoryview(buf))))
# incremental: split anywhere
whole = adler32(b"hello world")
part = adler32(b" world", adler32(b"hello"))
print(hex(whole), hex(part), whole == part)

buf[0] = ord("w")
print(buf, hex(adler32(buf)))

# checksum appended big-endian, then verified
payload = bytearray(b"payload data 123")
payload += adler32(payload).to_bytes(4, "big")
print(payload)
body, tail = payload[:-4], payload[-4:]
print(adler32(body) == int.from_bytes(tail, "big"))
payload[3] ^= 0x20
print(payload[:16], adler32(payload[:-4]) == int.from_bytes(payload[-4:], "big"))

# xor checksum with memoryview chunks
mv = memoryview(bytes(range(1, 33)))
for i in range(0, len(mv), 8):
    chunk = mv[i:i + 8]
    x = 0
    for v in chunk:
        x ^= v
    print(i, chunk.tobytes().hex(" "), x)
