# Inspecting UnicodeDecodeError/UnicodeEncodeError attributes while recovering.
def decode_lenient(data, encoding="utf-8"):
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(encoding))
            return "".join(out)
        except UnicodeDecodeError as e:
            print("  bad", e.encoding, e.start + pos, e.end + pos, e.reason, e.object[e.start:e.end])
            out.append(data[pos:pos + e.start].decode(encoding))
            out.append("<%s>" % e.object[e.start:e.end].hex())
            pos += e.end


for data in [b"ok", b"a\xffb", b"\xe2\x82", b"x\xc3\x28y\xa0", bytearray(b"\xf0\x9f\x98\x80!")]:
    print(data, repr(decode_lenient(bytes(data))))

for text, enc in [("naïve", "ascii"), ("Ω", "latin-1"), ("€uro", "cp1252" if False else "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason, repr(e.object))
        print(" ", e)
print(b"\xed\xa0\x80".decode("utf-8", "replace"), len(b"\xed\xa0\x80".decode("utf-8", "replace")))
print(b"abc\xff".decode("ascii", "backslashreplace"), b"\x80abc".decode("utf-8", "ignore"))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "custom reason")
print(e, e.args)
try:
    raise UnicodeEncodeError("ascii", "xé", 1, 2, "nope")
except UnicodeError as err:
    print(type(err).__name__, err, err.start, err.end)
for data in [b"\xc0\x80", b"\xf5\x80\x80\x80", b"\xe0\x80\x80"]:
    print(data, repr(data.decode("utf-8", "replace")), repr(data.decode("utf-8", "backslashreplace")))
