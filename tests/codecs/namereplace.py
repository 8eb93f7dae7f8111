# namereplace: \N{NAME} for characters with a name, escapes otherwise.
from helper_show import show

text = "a\xe9\u20ac\x00\x80\u0378\ue000\U0001f600\u4e00\uac00\ud800\t"
for codec in ["ascii", "latin-1", "utf-8"]:
    show(codec, lambda: text.encode(codec, "namereplace"))
show("u16", lambda: "\ud800\xe9".encode("utf-16-le", "namereplace"))
show("dec", lambda: b"\xff".decode("utf-8", "namereplace"))
show("dec-ascii", lambda: b"\xff".decode("ascii", "namereplace"))
