# Guessing a text encoding from a BOM and decoding with fallbacks.
BOMS = [
    (b"\xef\xbb\xbf", "utf-8 with bom"),
]


def sniff(data):
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "latin-1"


def to_text(data):
    enc = sniff(data)
    if enc.endswith("bom"):
        return enc, data[3:].decode("utf-8")
    return enc, data.decode(enc)


samples = [
    b"plain ascii",
    "naïve".encode("utf-8"),
    b"\xef\xbb\xbfwith bom",
    b"caf\xe9",
    bytearray(b"\xc3\xa9t\xc3\xa9"),
]
for s in samples:
    print(s, to_text(s))

print(b"\xef\xbb\xbfabc".decode("utf-8"), b"\xef\xbb\xbfabc".decode("ascii", "ignore"))
for alias in ["UTF8", "utf_8", "Latin1", "iso-8859-1", "ASCII", "us-ascii", "U8"]:
    print(alias, "é".encode(alias, "replace"))
