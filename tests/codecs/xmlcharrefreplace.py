# xmlcharrefreplace: &#N; with the decimal code point, encoding only.
from helper_show import show

text = "a\xe9\u20ac\U0001f600\ud800b"
for codec in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"]:
    show(codec, lambda: text.encode(codec, "xmlcharrefreplace"))
show("dec", lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
show("dec16", lambda: b"\x00\xdc".decode("utf-16-le", "xmlcharrefreplace"))
