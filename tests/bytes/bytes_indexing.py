# indexing gives ints, slicing keeps the type (steps, negatives, clamping)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"abcdefgh"
ba = bytearray(b)
for s in [b, ba]:
    print(s[0], s[-1], s[3], s[-8])
    print(s[2:5], s[:3], s[5:], s[-3:], s[::2], s[::-1], s[6:1:-2], s[100:], s[-100:2], s[3:3])
t(lambda: b[8])
t(lambda: b[-9])
t(lambda: ba[8])
t(lambda: b["x"])
t(lambda: ba[1.5])
t(lambda: b[None])
t(lambda: b[2 ** 70])
t(lambda: b[True])
class I:
    def __index__(self):
        return 2
print(b[I()], ba[I()], b[I():], b[slice(1, None, 3)])
print(type(b[1:2]).__name__, type(ba[1:2]).__name__)
class Sub(bytes):
    pass
print(type(Sub(b"xyz")[0:2]).__name__, Sub(b"xyz")[0])
t(lambda: b[::0])
print(len(b), len(ba), len(b""), len(bytearray(5)))
