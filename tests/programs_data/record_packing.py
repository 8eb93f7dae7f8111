# Fixed-width record packing without struct: int.to_bytes and slicing
FIELDS = [("id", 4), ("name", 10), ("qty", 2), ("flags", 1)]
SIZE = sum(w for _, w in FIELDS)

def pack(rec):
    out = bytearray()
    for name, width in FIELDS:
        v = rec[name]
        if isinstance(v, str):
            raw = v.encode("ascii")
            if len(raw) > width:
                raise ValueError(f"{name} too long: {len(raw)} > {width}")
            out += raw.ljust(width, b"\x00")
        else:
            out += v.to_bytes(width, "big")
    return bytes(out)

def unpack(buf):
    if len(buf) % SIZE:
        raise ValueError(f"buffer length {len(buf)} is not a multiple of {SIZE}")
    mv = memoryview(buf)
    for start in range(0, len(buf), SIZE):
        rec, pos = {}, start
        for name, width in FIELDS:
            chunk = mv[pos:pos + width]
            rec[name] = bytes(chunk).rstrip(b"\x00").decode() if name == "name" else int.from_bytes(chunk, "big")
            pos += width
        yield rec

records = [{"id": 1, "name": "widget", "qty": 500, "flags": 3}, {"id": 70000, "name": "gizmo", "qty": 0, "flags": 0}]
blob = b"".join(pack(r) for r in records)
print(SIZE, len(blob), blob.hex())
for r in unpack(blob):
    print(r)
for bad in [{"id": 1, "name": "x" * 11, "qty": 1, "flags": 0}, {"id": -1, "name": "", "qty": 1, "flags": 0}, {"id": 1, "name": "é", "qty": 1, "flags": 0}]:
    try:
        pack(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    list(unpack(blob[:-1]))
except ValueError as e:
    print(type(e).__name__, e)
table = bytearray(blob)
table[SIZE + 14:SIZE + 16] = (42).to_bytes(2, "big")
print([r["qty"] for r in unpack(table)])
mv = memoryview(table)
print(mv[4:14].tobytes().rstrip(b"\0"), mv[:SIZE] == blob[:SIZE], len(mv[SIZE:]), mv[SIZE:].nbytes)
flags = table[16]
print(bool(flags & 1), bool(flags & 2), bool(flags & 4), f"{flags:08b}")
table[16] |= 0b100
print(table[16], bytes(table[16:17]))
