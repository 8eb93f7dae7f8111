# User classes with __bytes__ used by bytes(), b"%s" and bytearray.
class Packet:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload

    def __bytes__(self):
        return bytes([self.kind, len(self.payload)]) + self.payload

    def __repr__(self):
        return "Packet(%d, %r)" % (self.kind, self.payload)


p = Packet(7, b"hello")
print(p, bytes(p), bytes(p).hex(" "))
print(b"%s" % p)
print(b"".join(bytes(Packet(k, b"x" * k)) for k in range(3)))


class BadBytes:
    def __bytes__(self):
        return "not bytes"


class BytesSub(bytes):
    pass


class ReturnsSub:
    def __bytes__(self):
        return BytesSub(b"sub")


class ReturnsBytearray:
    def __bytes__(self):
        return bytearray(b"ba")


for obj in [BadBytes(), ReturnsSub(), ReturnsBytearray()]:
    try:
        r = bytes(obj)
        print(type(r).__name__, r)
    except TypeError as e:
        print(type(e).__name__, e)

# bytearray() ignores __bytes__ and wants a buffer or iterable
class Both:
    def __bytes__(self):
        return b"from dunder"

    def __iter__(self):
        return iter([1, 2, 3])


print(bytes(Both()), bytearray(Both()))
try:
    bytearray(Packet(1, b""))
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(Packet(1, b""))
except TypeError as e:
    print(type(e).__name__, e)


# __bytes__ and __index__
class Size:
    def __index__(self):
        return 3


print(bytes(Size()), bytearray(Size()))


class Raising:
    def __bytes__(self):
        raise RuntimeError("no bytes for you")


try:
    bytes(Raising())
except RuntimeError as e:
    print(type(e).__name__, e)
print(bytes(BytesSub(b"x")), type(bytes(BytesSub(b"x"))).__name__)
