import codecs

enc = codecs.getencoder("utf-8")
dec = codecs.getdecoder("latin-1")
print(enc("hé"), dec(b"h\xe9"), enc("x", "strict"))
print(codecs.getencoder("UTF-16-LE")("ab"), codecs.getdecoder("ascii")(b"ok"))
print(codecs.utf_8_encode("é"), codecs.utf_8_decode(b"\xc3\xa9"), codecs.latin_1_encode("\xff"), codecs.ascii_decode(b"a"))
print(codecs.utf_16_le_encode("a"), codecs.unicode_escape_encode("\n"), codecs.raw_unicode_escape_decode(b"\\u00e9"))
for name in ("nope", 5):
    try:
        codecs.getencoder(name)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    codecs.getdecoder()
except TypeError as e:
    print(type(e).__name__, e)
try:
    enc(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    codecs.getencoder("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(codecs.getencoder(encoding="ascii")("z"))
