# hash: equal bytes hash equal, bytes and str of ASCII text hash equal, bytearray unhashable
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(hash(b"ab") == hash("ab"), hash(b"") == hash(""), hash(b"") == 0, hash(b"xyz") == hash(bytes(b"xyz")))
print(hash(b"abc") == hash(b"abc"[:]), hash(b"abc") == hash(b"ab" + b"c"))
d = {b"key": 1, "key": 2, b"k2": 3}
print(d[b"key"], d["key"], len(d), b"k2" in d, bytearray(b"k2") in [b"k2"])
print({b"a", b"a", b"b"} == {b"a", b"b"}, len({b"x", "x"}))
t(lambda: hash(bytearray(b"x")))
t(lambda: {bytearray(): 1})
t(lambda: {bytearray(b"a")})
print(bytearray.__hash__, type(b"".__hash__()).__name__)
class Sub(bytes):
    pass
print(hash(Sub(b"ab")) == hash(b"ab"), {Sub(b"k"): 1}[b"k"])
