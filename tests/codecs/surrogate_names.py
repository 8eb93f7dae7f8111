# Lone surrogates in codec and handler names, and in the messages of
# errors that quote a str.
cases = [lambda: int("\ud800"), lambda: float("1\udcff"), lambda: complex("\ud800"), lambda: {}["\ud800"],
         lambda: "abc".index("\ud800"), lambda: getattr(1, "\ud800"), lambda: "x".encode("\ud800"),
         lambda: b"x".decode("utf-8", "\udcff"), lambda: "\ud800".encode("ascii", "\ud800"), lambda: ord("\ud800\ud800"),
         lambda: int("\ud800", 16), lambda: "{\ud800}".format(), lambda: format("x", "\ud800"),
         lambda: str.maketrans("\ud800", "ab"), lambda: str(b"x", "\ud800"), lambda: str(b"x", "utf-8", "\udcff"),
         lambda: bytes("x", "\ud800"), lambda: bytes("x", "utf-8", "\ud800"), lambda: bytearray("x", "\ud800"),
         lambda: "x".encode("\ud800", 1), lambda: "x".encode(1, "\ud800"), lambda: "%\ud800" % 1]
for f in cases:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)), ascii(e.args))
