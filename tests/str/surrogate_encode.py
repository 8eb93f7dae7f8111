# str.encode of lone surrogates: the exception and its attributes.
for codec in ["utf-8", "utf-16", "utf-16-be", "utf-32", "ascii", "latin-1", "utf-8-sig"]:
    for s in ["\ud800", "ab\udcff", "x\ud800\udfffy", "\ud83d\ude00"]:
        try:
            print(codec, s.encode(codec))
        except UnicodeEncodeError as e:
            print(codec, type(e).__name__, e, e.start, e.end, e.reason, e.encoding, ascii(e.object))
