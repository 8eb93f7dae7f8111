# utf-32: BOMs, byte orders and decoding errors.
from helper_show import show

for codec in ["utf-32", "utf-32-le", "utf-32-be", "utf32", "u32", "utf_32le", "utf-32BE"]:
    show(codec, lambda: "a\xe9\U0001f600".encode(codec))
    show(codec, lambda: "".encode(codec))
for data in [b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"a\x00\x00\x00",
             b"a\x00\x00", b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"\x00\x00\xfe\xff\x00\x00\xd8\x00",
             b"\xff\xff\xff\xff", b"a\x00\x00\x00b"]:
    for codec in ["utf-32", "utf-32-le", "utf-32-be"]:
        show(codec, lambda: data.decode(codec))
