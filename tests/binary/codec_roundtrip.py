# str.encode / bytes.decode round trips with error handlers.
texts = ["plain", "café", "naïve résumé", "日本語", "emoji \U0001F600", "mixed\x00nul"]
encodings = ["utf-8", "ascii", "latin-1"]
handlers = ["strict", "ignore", "replace", "backslashreplace"]

for t in texts:
    for enc in encodings:
        row = []
        for h in handlers:
            try:
                row.append(t.encode(enc, h))
            except UnicodeEncodeError as e:
                row.append("%s: %s" % (type(e).__name__, e))
        print(repr(t), enc)
        for h, r in zip(handlers, row):
            print("   ", h, r)

raw = [b"ok", b"caf\xc3\xa9", b"caf\xe9", b"\xff\xfe\xfd", b"trunc\xe6\x97", b"\xc3("]
for data in raw:
    for enc in encodings:
        out = []
        for h in handlers:
            try:
                out.append(data.decode(enc, h))
            except UnicodeDecodeError as e:
                out.append("%s: %s" % (type(e).__name__, e))
        print(data, enc, out)

# round trip identity
for t in texts:
    b = t.encode()
    print(len(t), len(b), b.decode() == t, bytearray(b).decode("utf-8") == t)
print(bytes(range(256)).decode("latin-1").encode("latin-1") == bytes(range(256)))
print("xmlchar: " + "é€".encode("ascii", "xmlcharrefreplace").decode())
try:
    "x".encode("utf-8", "nosuchhandler")
    print("no error for unused handler")
    "é".encode("ascii", "nosuchhandler")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"x".decode("nosuchcodec")
except LookupError as e:
    print(type(e).__name__, e)
