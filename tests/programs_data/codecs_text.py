import codecs

text = "naïve café ☕ 日本"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "latin-1", "ascii"]:
    try:
        data = text.encode(enc)
        print(enc, len(data), data[:8])
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print(text.encode("ascii", "replace"), text.encode("ascii", "ignore"), text.encode("ascii", "xmlcharrefreplace"), text.encode("ascii", "backslashreplace"))
bad = b"ok \xff\xfe end"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason, e.encoding)
try:
    b"abc".decode("nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "x".encode("utf-8", "bogus")
    "é".encode("ascii", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.encode("abc", "utf-16-le"), codecs.decode(b"a\x00", "utf-16-le"), codecs.lookup("UTF8").name, codecs.lookup("latin1").name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "\ufeffhi".encode("utf-8"), b"\xef\xbb\xbfhi".decode("utf-8-sig"))
print("tab\there\n".encode("unicode_escape"), b"\\u00e9\\n".decode("unicode_escape"), "é".encode("raw_unicode_escape"))
print(bytes("ABC", "utf-8"), str(b"ABC", "ascii"), str(b"ABC"), bytearray("é", "utf-8"))
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    bytes("x")
except TypeError as e:
    print(type(e).__name__, e)
lines = "line one\nline two\n".encode("utf-16")
print(lines.decode("utf-16").splitlines(), len(lines))
print([hex(b) for b in "€".encode("utf-8")])
print(ascii("naïve ☕"), "naïve".isascii(), b"abc".isascii(), repr(b"\x00\x7f\x80'\""))
try:
    codecs.decode(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"%c%c" % (65, b"B"), "%a" % "é")
