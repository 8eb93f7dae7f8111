# A hand-written base64 encoder/decoder over bytes.
ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
REVERSE = {c: i for i, c in enumerate(ALPHABET)}


def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(bytes(chunk) + b"\x00" * (3 - len(chunk)), "big")
        quad = bytes(ALPHABET[n >> s & 63] for s in (18, 12, 6, 0))
        keep = len(chunk) + 1
        out += quad[:keep] + b"=" * (4 - keep)
    return bytes(out)


def b64decode(text):
    text = text.rstrip(b"=")
    if len(text) % 4 == 1:
        raise ValueError("invalid length %d" % len(text))
    out = bytearray()
    for i in range(0, len(text), 4):
        group = text[i:i + 4]
        n = 0
        for c in group:
            if c not in REVERSE:
                raise ValueError("bad character %r" % bytes([c]))
            n = n << 6 | REVERSE[c]
        n <<= 6 * (4 - len(group))
        out += n.to_bytes(3, "big")[:len(group) - 1]
    return bytes(out)


for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))]:
    e = b64encode(s)
    print(s, e, b64decode(e) == s)
print(b64encode(bytearray(b"Man")), b64encode(memoryview(b"any carnal pleas")))
for bad in [b"A", b"AB!C", b"====="]:
    try:
        print(b64decode(bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(b64decode(b"SGVsbG8sIFdvcmxkIQ=="))
