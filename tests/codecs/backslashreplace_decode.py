# backslashreplace when decoding: \xNN for every undecodable byte.
from helper_show import show

for codec, data in [("utf-8", b"a\xff\xe2\x82z"), ("ascii", b"\x80abc\xff"), ("utf-16-le", b"a\x00\x00\xdcb"),
                    ("utf-32-le", b"\x00\xd8\x00\x00a\x00\x00\x00\x01"), ("utf-8", b"\xf0\x9f\x98"),
                    ("unicode_escape", b"\\x4g\\u12"), ("raw_unicode_escape", b"\\U0011ffff")]:
    show(codec, lambda: data.decode(codec, "backslashreplace"))
show("enc", lambda: "\xe9\ud800\U0001f600".encode("ascii", "backslashreplace"))
