# Run-length encoding and decoding of bytes with a (count, value) scheme.
def rle_encode(data):
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        value = data[i]
        run = 1
        while i + run < n and data[i + run] == value and run < 255:
            run += 1
        out.append(run)
        out.append(value)
        i += run
    return bytes(out)


def rle_decode(data):
    if len(data) % 2:
        raise ValueError("odd length %d" % len(data))
    out = bytearray()
    for i in range(0, len(data), 2):
        count, value = data[i], data[i + 1]
        if count == 0:
            raise ValueError("zero run at offset %d" % i)
        out += bytes([value]) * count
    return bytes(out)


samples = [
    b"",
    b"A",
    b"AAAABBBCCD",
    b"\x00" * 300,
    bytes(range(5)),
    b"abababab",
    bytearray(b"zzzzzzzzzzyx"),
]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    print(len(s), enc[:16], len(enc), dec == s, type(dec).__name__)

for bad in [b"\x03", b"\x00A", b"\x02A\x00B"]:
    try:
        print(rle_decode(bad))
    except ValueError as e:
        print(type(e).__name__, e)


# PackBits-like variant using signed headers
def packbits(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j + 1 < len(data) and data[j + 1] == data[i] and j - i < 127:
            j += 1
        if j > i:
            out += (-(j - i)).to_bytes(1, "big", signed=True) + data[i:i + 1]
            i = j + 1
        else:
            k = i
            while k + 1 < len(data) and data[k + 1] != data[k] and k - i < 127:
                k += 1
            if k + 1 < len(data) and k > i:
                k -= 1
            out += (k - i).to_bytes(1, "big") + data[i:k + 1]
            i = k + 1
    return bytes(out)


for s in [b"AAAAB", b"ABCDDDD", b"XYZ", b"\xaa\xaa\xaa\x80\x00\x2a\xaa\xaa"]:
    p = packbits(s)
    print(s, p, p.hex(" "))
