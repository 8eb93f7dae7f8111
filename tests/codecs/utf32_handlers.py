# utf-32 with every error handler, both directions.
from helper_show import show

handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]
for errors in handlers:
    for codec in ["utf-32", "utf-32-be"]:
        show("enc " + errors, lambda: "a\ud800b".encode(codec, errors))
    show("dec " + errors, lambda: b"a\x00\x00\x00\x00\xdc\x00\x00\x00\x00\x11\x00\x80\x81".decode("utf-32-le", errors))
