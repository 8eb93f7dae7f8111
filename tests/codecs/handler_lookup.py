# Unknown handlers and handlers used in the wrong direction.
from helper_show import show

show("enc-unknown", lambda: "\xe9".encode("ascii", "bogus"))
show("enc-unknown-ok", lambda: "ok".encode("ascii", "bogus"))
show("dec-unknown", lambda: b"\xff".decode("utf-8", "bogus"))
show("dec-unknown-ok", lambda: b"ok".decode("utf-8", "bogus"))
show("dec-unknown-16", lambda: b"a".decode("utf-16-le", "nope"))
show("dec-xml", lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
show("dec-name", lambda: b"\xff".decode("latin-1", "namereplace"))
show("dec-name-bad", lambda: b"\xff".decode("ascii", "namereplace"))
show("codec", lambda: "x".encode("no-such-codec"))
show("codec-dec", lambda: b"x".decode("utf-17"))
show("codec-upper", lambda: "x".encode("UTF32BE"))
show("empty", lambda: "x".encode(""))
