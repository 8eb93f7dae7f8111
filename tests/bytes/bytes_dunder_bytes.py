# __bytes__ on user classes: bytes() uses it, bytearray() does not
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __bytes__(self):
        return b"from A"
class Bad:
    def __bytes__(self):
        return "not bytes"
class Raises:
    def __bytes__(self):
        raise RuntimeError("boom")
class Both:
    def __bytes__(self):
        return b"bytes wins"
    def __iter__(self):
        return iter([1, 2])
class Sub(bytes):
    def __bytes__(self):
        return b"custom"
t(lambda: bytes(A()))
t(lambda: bytes(Bad()))
t(lambda: bytes(Raises()))
t(lambda: bytes(Both()))
t(lambda: bytearray(Both()))
t(lambda: bytearray(A()))
t(lambda: bytes(Sub(b"orig")))
t(lambda: b"abc".__bytes__())
t(lambda: type(Sub(b"q").__bytes__()).__name__)
t(lambda: b"%b and %s" % (A(), A()))
t(lambda: int.from_bytes(A(), "big"))
t(lambda: b"".__bytes__(1))
t(lambda: b"x".__getnewargs__())
