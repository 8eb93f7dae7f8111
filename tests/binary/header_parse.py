# Parse a fixed binary header with int.from_bytes and slicing.
def make_header(magic, version, flags, length, count):
    out = bytearray()
    out += magic
    out += version.to_bytes(2, "big")
    out += flags.to_bytes(2, "little")
    out += length.to_bytes(4, "big")
    out += count.to_bytes(4, "little", signed=True)
    return bytes(out)


def parse_header(data):
    if len(data) < 16:
        raise ValueError("header too short: %d bytes" % len(data))
    magic = data[0:4]
    if magic != b"GRTR":
        raise ValueError("bad magic %r" % magic)
    version = int.from_bytes(data[4:6], "big")
    flags = int.from_bytes(data[6:8], "little")
    length = int.from_bytes(data[8:12], byteorder="big")
    count = int.from_bytes(data[12:16], "little", signed=True)
    return {"version": version, "flags": flags, "length": length, "count": count}


h = make_header(b"GRTR", 3, 0x0105, 70000, -42)
print(h)
print(len(h), h.hex())
print(parse_header(h))
print(parse_header(h + b"trailing"))
for bad in [h[:10], b"XXXX" + h[4:], bytearray(h)]:
    try:
        print(parse_header(bad))
    except ValueError as e:
        print(type(e).__name__, e)

flags = parse_header(h)["flags"]
names = ["compressed", "encrypted", "signed", "indexed", "sparse", "", "", "", "extended"]
print([n for i, n in enumerate(names) if n and flags >> i & 1])

for n in [0, 1, 255, 256, 65535, 2**31 - 1]:
    b = n.to_bytes(4, "big")
    print(n, b, int.from_bytes(b, "big"), int.from_bytes(b, "little"))

for n, size in [(256, 1), (-1, 2), (2**32, 4)]:
    try:
        print(n.to_bytes(size, "big"))
    except OverflowError as e:
        print(type(e).__name__, e)

print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"", "big"))
print(int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(memoryview(b"\x01\x00"), "little"))
try:
    int.from_bytes(b"\x01", "middle")
except ValueError as e:
    print(type(e).__name__, e)
