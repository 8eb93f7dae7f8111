# Parse a simple binary message protocol with slicing and int.from_bytes
def make_msg(kind, payload):
    header = bytes([0xAB, kind]) + len(payload).to_bytes(2, "big")
    body = header + payload
    checksum = sum(body) & 0xFF
    return body + bytes([checksum])

def parse(buf):
    msgs = []
    pos = 0
    while pos < len(buf):
        if buf[pos] != 0xAB:
            raise ValueError(f"bad magic at {pos}: {buf[pos]:#04x}")
        kind = buf[pos + 1]
        n = int.from_bytes(buf[pos + 2:pos + 4], "big")
        payload = buf[pos + 4:pos + 4 + n]
        if len(payload) != n:
            raise ValueError("truncated")
        chk = buf[pos + 4 + n]
        if sum(buf[pos:pos + 4 + n]) & 0xFF != chk:
            raise ValueError("checksum mismatch")
        msgs.append((kind, bytes(payload)))
        pos += 5 + n
    return msgs

stream = make_msg(1, b"hello") + make_msg(2, "héllo".encode()) + make_msg(3, b"")
print(stream.hex(" "))
print(stream.hex(":", 4))
for kind, p in parse(stream):
    print(kind, p, p.decode("utf-8", errors="replace"))
mv = memoryview(stream)
print(mv[0], mv[1:4].tobytes(), mv.nbytes, mv.readonly)
ba = bytearray(stream)
ba[-1] ^= 0xFF
try:
    parse(ba)
except ValueError as e:
    print(type(e).__name__, e)
try:
    parse(b"\x00\x01")
except ValueError as e:
    print(type(e).__name__, e)
try:
    parse(stream[:-3])
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (-2).to_bytes(2, "little", signed=True))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
