# utf-16 decoding errors: truncated data, unexpected end, illegal
# surrogates; which codec name the error carries.
from helper_show import show

for data in [b"a\x00b", b"\x00\xd8\x00", b"\x00\xd8", b"\x00\xd8\x00\x00", b"\x00\xdc", b"\x00\xd8\x00\xd8",
             b"\xff\xfea\x00\x00\xd8", b"\xfe\xff\xd8\x00", b"\xfe\xff\xdc\x00a", b"\xff"]:
    for codec in ["utf-16", "utf-16-le", "utf-16-be"]:
        show(codec, lambda: data.decode(codec))
show("enc", lambda: "a\ud800".encode("utf-16"))
show("enc-le", lambda: "a\ud800\udc00".encode("utf-16-le"))
show("enc-be", lambda: "\udfff".encode("utf-16-be"))
