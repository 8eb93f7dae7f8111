# Hand-written base-16 and escape encoders checked against the builtins.
HEX = b"0123456789ABCDEF"


def b16encode(data):
    out = bytearray()
    for b in data:
        out.append(HEX[b >> 4])
        out.append(HEX[b & 15])
    return bytes(out)


def b16decode(text):
    if len(text) % 2:
        raise ValueError("odd-length string")
    out = bytearray()
    for i in range(0, len(text), 2):
        hi = HEX.find(text[i:i + 1].upper())
        lo = HEX.find(text[i + 1:i + 2].upper())
        if hi < 0 or lo < 0:
            raise ValueError("non-hex digit at %d" % i)
        out.append(hi << 4 | lo)
    return bytes(out)


def escape(data):
    out = []
    for b in data:
        if b == 0x5C:
            out.append("\\\\")
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        elif b == 10:
            out.append("\\n")
        else:
            out.append("\\x%02x" % b)
    return "".join(out)


for data in [b"", b"\x00\xff", b"Hello", bytes(range(0, 256, 37)), bytearray(b"\\n")]:
    enc = b16encode(data)
    print(enc, enc == data.hex().upper().encode(), b16decode(enc) == data)
    print(escape(data))
    print(repr(bytes(data))[2:-1] == escape(data).replace("\\n", "\\n"))

for bad in [b"ABC", b"GG", b"0x"]:
    try:
        b16decode(bad)
    except ValueError as e:
        print(type(e).__name__, e)

print(b16decode(b"cafe"), b16decode(bytearray(b"BABE")))
# escape comparisons
for data in [b"tab\there", b"quote'\"", b"\x80\xfe"]:
    print(data.decode("latin-1"))
    print(repr(data), ascii(data.decode("latin-1")))
print("é\t".encode("ascii", "backslashreplace"))
