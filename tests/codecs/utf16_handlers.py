# utf-16 with every error handler, both directions.
from helper_show import show

handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]
for errors in handlers:
    for codec in ["utf-16", "utf-16-le", "utf-16-be"]:
        show("enc " + errors, lambda: "a\ud800b\udcff".encode(codec, errors))
    show("dec " + errors, lambda: b"a\x00\x00\xdc\x00\xd8b\x00\x00\xd8\xff".decode("utf-16-le", errors))
    show("dec-be " + errors, lambda: b"\xfe\xff\xd8\x00\x00a\xdc\x80\x80".decode("utf-16", errors))
