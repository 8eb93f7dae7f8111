# encoding names are normalised and aliases accepted; errors name the codec
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

names = ["utf-8", "UTF-8", "utf8", "U8", "utf", "Utf_8", "UTF-8 ", "cp65001", "ascii", "ASCII", "us-ascii", "646", "us",
         "latin-1", "latin1", "Latin_1", "l1", "L1", "iso-8859-1", "ISO8859-1", "iso_8859_1", "8859", "latin", "cp819"]
for n in names:
    try:
        "€".encode(n)
        print(n, "ok", "é".encode(n, "replace"), b"\xe9".decode(n, "replace"))
    except UnicodeEncodeError as e:
        print(n, e.encoding, e)
for n in ["utf-8\u00e9", "--utf 8--", "UTF 8", "utf__8", "Latin 1", "iso8859.1", "utf8\t", " utf8", "iso_646.irv:1991", "ANSI_X3.4-1968"]:
    print(repr(n), "x".encode(n), b"y".decode(n))
for n in ["utf-16x", "", "utf--8", "latin-2", "koi8", "utf.8", "latin.1", "ascii.", "u\u00e98", "ansi_x3_4_1986"]:
    t(lambda: "a".encode(n))
    t(lambda: b"a".decode(n))
