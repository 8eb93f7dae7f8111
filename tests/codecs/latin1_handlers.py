# latin-1 (and its aliases) with every handler.
from helper_show import show

handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]
for errors in handlers:
    show("enc " + errors, lambda: "a\xff\u0100\u20ac\udcffb".encode("latin-1", errors))
    show("dec " + errors, lambda: b"a\xff\x80".decode("iso-8859-1", errors))
for name in ["latin1", "L1", "iso8859-1", "ISO_8859-1", "cp819"]:
    show(name, lambda: "\xe9\u20ac".encode(name))
