# surrogatepass: surrogates encode to (and decode from) their 3-byte form.
from helper_show import show

show("enc", lambda: "a\ud800\udfffb".encode("utf-8", "surrogatepass"))
show("dec", lambda: b"a\xed\xa0\x80\xed\xbf\xbfb".decode("utf-8", "surrogatepass"))
show("pair", lambda: b"\xed\xa0\xbd\xed\xb8\x80".decode("utf-8", "surrogatepass"))
show("trunc", lambda: b"\xed\xa0".decode("utf-8", "surrogatepass"))
show("other", lambda: b"\xff".decode("utf-8", "surrogatepass"))
show("ascii", lambda: b"\xed\xa0\x80".decode("ascii", "surrogatepass"))
show("latin-enc", lambda: "a\ud800".encode("latin-1", "surrogatepass"))
show("ascii-enc", lambda: "a\ud800\xe9".encode("ascii", "surrogatepass"))
s = b"\xed\xb2\x80".decode("utf-8", "surrogatepass")
print(ascii(s), s == "\udc80", s.encode("utf-8", "surrogatepass"))
