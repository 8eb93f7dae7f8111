# + and * for bytes and bytearray: the left operand decides the type
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b, ba = b"ab", bytearray(b"cd")
print(b + b, b + ba, ba + b, ba + ba, b + b"", bytearray() + b"")
print(type(b + ba).__name__, type(ba + b).__name__)
print(b * 3, 3 * b, ba * 2, 2 * ba, b * 0, b * -5, ba * -1, b"" * 10)
t(lambda: b + 1)
t(lambda: b + "s")
t(lambda: ba + "s")
t(lambda: "s" + b)
t(lambda: b + [1])
t(lambda: b * "x")
t(lambda: ba * 1.5)
t(lambda: b * (2 ** 62))
t(lambda: b * (2 ** 70))
class R:
    def __radd__(self, other):
        return ("radd", other)
    def __rmul__(self, other):
        return ("rmul", other)
print(b + R(), b * R(), ba + R())
class I:
    def __index__(self):
        return 2
print(b * I(), I() * ba)
x = b
x += b"!"
print(x, b)
