def crc16_ccitt(data: bytes, crc=0xFFFF):
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc

def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def fletcher16(data):
    s1 = s2 = 0
    for x in bytearray(data):
        s1 = (s1 + x) % 255
        s2 = (s2 + s1) % 255
    return s2 << 8 | s1

def xor_checksum(buf):
    r = 0
    for b in memoryview(buf):
        r ^= b
    return r

def luhn(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

for msg in [b"123456789", b"", "Grüße".encode("utf-8"), bytearray(b"\x00\xff" * 4)]:
    print(msg, f"{crc16_ccitt(msg):04X}", hex(adler32(msg)), f"{fletcher16(msg):#06x}", xor_checksum(msg))
print(luhn("4539 1488 0343 6467"), luhn("8273 1232 7352 0569"))
packet = bytearray(b"\x02HELLO\x03")
packet.append(xor_checksum(packet))
print(packet, packet[-1], bin(packet[-1]), oct(packet[-1]))
print(bytes(b ^ 0x20 for b in b"Hello"), bytes(map(lambda b: (b + 1) % 256, b"\xfe\xff")))
words = [int.from_bytes(packet[i:i + 2], "little") for i in range(0, len(packet) - 1, 2)]
print(words, sum(words) & 0xFFFF, ~sum(words) & 0xFFFF)
print(int("ff", 16), int("0b1010", 0), format(255, "08b"), format(0xBEEF, "x").upper(), "%04x" % 48879)
rot = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello world".translate(rot), b"uryyb".translate(rot))
blocks = [packet[i:i + 3] for i in range(0, len(packet), 3)]
print(blocks, [type(b).__name__ for b in blocks][:1], b"".join(blocks) == packet)
print(sum(b"abc"), max(b"abc"), sorted(b"cab"), bytes(sorted(b"cab")), b"abc"[::-1])
print((0x12345678).to_bytes(4, "big").hex(), (0x12345678).to_bytes(4, "little").hex(), int.from_bytes(bytearray(b"\x01\x00"), "big"))
print((1024).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8, 0xFF & ~0x0F, 1 << 40, -1 >> 3, 5 ^ 3)
