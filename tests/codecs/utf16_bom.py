# utf-16: a BOM in native (little-endian) order when encoding; decoding
# honours a BOM and defaults to little endian.
from helper_show import show

for codec in ["utf-16", "utf-16-le", "utf-16-be", "utf16", "u16", "utf_16le", "UTF-16BE", "unicodelittleunmarked", "unicodebigunmarked"]:
    show(codec, lambda: "a\xe9\u20ac\U0001f600".encode(codec))
    show(codec, lambda: "".encode(codec))
for data in [b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00", b"\xff\xfe\xff\xfea\x00", b"\xff\xfe", b"", b"\xfe\xff\xd8=\xde\x00"]:
    show(data, lambda: data.decode("utf-16"))
    show(data, lambda: data.decode("utf-16-le"))
    show(data, lambda: data.decode("utf-16-be"))
print(bytes("ab", "utf-16"), bytes("ab", encoding="utf-16-be"))
print("\U0001f600".encode("utf-16-be").decode("utf-16-be") == "\U0001f600")
