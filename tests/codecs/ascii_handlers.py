# ascii with every handler, both directions.
from helper_show import show

handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]
for errors in handlers:
    show("enc " + errors, lambda: "a\xe9\u20ac\udc80b".encode("ascii", errors))
    show("dec " + errors, lambda: b"a\xe9\x80b".decode("ascii", errors))
