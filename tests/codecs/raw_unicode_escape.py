# raw_unicode_escape: only \u and \U escapes after an odd number of
# backslashes; everything below U+0100 is a raw byte.
from helper_show import show

for s in ["plain", "\xe9\xff\n\\", "\u0100\u20ac\ud800", "\U0001f600", "\\u0041"]:
    b = s.encode("raw_unicode_escape")
    print(b, b.decode("raw_unicode_escape") == s)
for data in [b"\\u0041\\U0001F600", b"\\\\u0041", b"\\\\\\u0041", b"\\x41\\n", b"\\u12", b"\\\\\\u12",
             b"\\U00110000", b"\\U1234", b"\\ud800\\udc00", b"end\\", b"\xe9\xff"]:
    show(data, lambda: data.decode("raw_unicode_escape"))
    show(data, lambda: data.decode("raw-unicode-escape", "backslashreplace"))
