# Building a message incrementally in a bytearray, then freezing it.
class Builder:
    def __init__(self):
        self.buf = bytearray()

    def u8(self, v):
        self.buf.append(v)
        return self

    def u16(self, v):
        self.buf += v.to_bytes(2, "big")
        return self

    def u32(self, v):
        self.buf.extend(v.to_bytes(4, "big"))
        return self

    def string(self, s):
        data = s.encode()
        return self.u16(len(data)).raw(data)

    def raw(self, data):
        self.buf[len(self.buf):] = data
        return self

    def patch_u16(self, offset, v):
        self.buf[offset:offset + 2] = v.to_bytes(2, "big")
        return self

    def build(self):
        return bytes(self.buf)


b = Builder()
b.u8(1).u16(0).u32(0xDEADBEEF).string("hi").string("").raw(b"\xff" * 3)
b.patch_u16(1, len(b.buf))
msg = b.build()
print(msg, len(msg))
print(msg.hex(" ", -4))

for bad in [lambda: b.u8(256), lambda: b.u8(-1), lambda: b.u16(70000), lambda: b.u8("x")]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(len(b.buf) == len(msg))

ba = bytearray(b"0123456789")
ba.insert(0, 45)
ba.insert(100, 43)
ba.insert(-1, 61)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("5"))
print(ba)
try:
    ba.remove(ord("z"))
except ValueError as e:
    print(type(e).__name__, e)
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba *= 2
print(ba, len(ba))
del ba[::2]
print(ba)
ba.clear()
print(ba, bytearray().pop if False else None)
try:
    ba.pop()
except IndexError as e:
    print(type(e).__name__, e)
