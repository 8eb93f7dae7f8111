# bytes and bytearray as types: isinstance, subclasses, dir, attributes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(type(b""), type(bytearray()), bytes.__name__, bytearray.__qualname__, bytes.__module__)
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(b"", (str, bytes)), isinstance(1, (bytes, (str, (int,)))))
print(issubclass(bytes, object), issubclass(bytearray, bytes), bytes.__mro__, bytearray.__base__)
print([m for m in dir(bytes) if not m.startswith("__")])
print(sorted(m for m in dir(bytes) if m.startswith("__") and m not in dir(object)))
print(sorted(m for m in dir(bytearray) if m.startswith("__") and m not in dir(object)))
class Packet(bytes):
    def header(self):
        return self[:2]
p = Packet(b"\x01\x02rest")
print(p.header(), type(p.header()).__name__, p.upper(), type(p.upper()).__name__, p + b"!", type(p + b"!").__name__, len(p))
p.tag = "t"
print(p.tag, p == b"\x01\x02rest", hash(p) == hash(b"\x01\x02rest"))
class Buf(bytearray):
    pass
q = Buf(b"ab")
q.append(99)
print(q, type(q).__name__, type(q.copy()).__name__, type(q[:]).__name__, q.decode())
print(bytes.maketrans is not None, callable(bytes.fromhex), b"x".decode.__name__)
t(lambda: bytes.find(1, b""))
t(lambda: bytes.__len__(1))
t(lambda: bytes.__add__(bytearray(), b""))
t(lambda: bytearray.find(b"", b""))
t(lambda: bytes.hex())
t(lambda: bytes.lower(b"A", 1))
t(lambda: b"a".lower(x=1))
t(lambda: b"a".join())
t(lambda: b"a".join(x=1))
t(lambda: b"a".center(width=3))
