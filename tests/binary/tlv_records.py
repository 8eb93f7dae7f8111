# Type-length-value records encoded into a bytearray and decoded back.
TYPES = {1: "name", 2: "age", 3: "tags", 4: "blob"}


def encode(records):
    out = bytearray()
    for tag, value in records:
        if isinstance(value, str):
            payload = value.encode("utf-8")
        elif isinstance(value, int):
            payload = value.to_bytes((value.bit_length() + 8) // 8, "big", signed=True)
        elif isinstance(value, list):
            payload = b",".join(v.encode() for v in value)
        else:
            payload = bytes(value)
        if len(payload) > 255:
            raise ValueError("payload too long for tag %d" % tag)
        out.append(tag)
        out.append(len(payload))
        out.extend(payload)
    return out


def decode(data):
    pos = 0
    result = []
    while pos < len(data):
        if pos + 2 > len(data):
            raise ValueError("truncated header at %d" % pos)
        tag, n = data[pos], data[pos + 1]
        payload = bytes(data[pos + 2:pos + 2 + n])
        if len(payload) != n:
            raise ValueError("truncated payload at %d: want %d, have %d" % (pos, n, len(payload)))
        name = TYPES.get(tag, "unknown")
        if name == "name":
            value = payload.decode()
        elif name == "age":
            value = int.from_bytes(payload, "big", signed=True)
        elif name == "tags":
            value = [t.decode() for t in payload.split(b",")] if payload else []
        else:
            value = bytes(payload)
        result.append((name, value))
        pos += 2 + n
    return result


recs = [(1, "Zoë"), (2, 37), (2, -200), (3, ["a", "bc"]), (4, b"\x00\x01"), (9, bytearray(b"?")), (3, [])]
enc = encode(recs)
print(type(enc).__name__, len(enc))
print(enc.hex(" "))
for item in decode(enc):
    print(item)
print(decode(bytes(enc)) == decode(memoryview(enc)))
for bad in [enc[:1], enc[:4], b"\x01\x05abc"]:
    try:
        decode(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    encode([(4, b"x" * 300)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    encode([(4, 3.5)])
except TypeError as e:
    print(type(e).__name__, e)
