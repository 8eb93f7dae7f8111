# Building binary data: bytearray appends and extends, packing integers,
# and a checksum over the result.
def build(n):
    out = bytearray()
    for i in range(n):
        out.append(i & 0xFF)
        if i % 16 == 0:
            out.extend(b"\x00\x01")
        if i % 64 == 0:
            out += (i * 2654435761 & 0xFFFFFFFF).to_bytes(4, "little")
    return out


def checksum(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


data = build(3000000)
print("bytes_build", len(data), checksum(data), bytes(data[:12]).hex())
