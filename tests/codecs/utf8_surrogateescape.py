# surrogateescape: undecodable bytes become U+DC80..U+DCFF and back.
from helper_show import show

for data in [b"a\xff", b"\xe2\x82z", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\x80\x81\x82\x83\x84\x85", b"plain"]:
    s = data.decode("utf-8", "surrogateescape")
    print(ascii(s), len(s), [hex(ord(c)) for c in s])
    print(s.encode("utf-8", "surrogateescape") == data)
show("bad", lambda: "a\udcff\udc7f".encode("utf-8", "surrogateescape"))
show("bad2", lambda: "a\udc7f\udcff".encode("utf-8", "surrogateescape"))
show("bad3", lambda: "\ud800".encode("utf-8", "surrogateescape"))
show("latin", lambda: "a\udcff\udc80".encode("latin-1", "surrogateescape"))
show("ascii", lambda: b"\xff\x41\x80".decode("ascii", "surrogateescape"))
show("ascii-enc", lambda: "\udcff\udc41".encode("ascii", "surrogateescape"))
show("ascii-enc2", lambda: "\xe9".encode("ascii", "surrogateescape"))
