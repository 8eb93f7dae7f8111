# bytes % formatting for building wire messages.
def record(name, qty, price):
    return b"%-8s|%5d|%8.2f|%x" % (name, qty, price, qty)


print(record(b"apple", 3, 1.5))
print(record(b"kiwifruit", 120, 0.333))
print(b"%s=%r" % (b"k", "v"))
print(b"%a" % "é")
print(b"%c%c%c" % (72, b"i", 33))
print(b"%05d|%+d|% d|%-5d|" % (42, 42, 42, 42))
print(b"%o %x %X %#o %#x %#X" % (64, 255, 255, 8, 255, 255))
print(b"%e %.3e %g %G" % (12345.678, 0.000123, 1e20, 1e-10))
print(b"%(name)s is %(age)d" % {b"name": b"Bob", b"age": 30})
print(b"100%% sure" % ())
print(b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
print(b"%*d|%-*d|%.*f" % (6, 7, 4, 8, 2, 3.14159))
print(bytearray(b"%d items") % 5)
print(type(bytearray(b"%d") % 1).__name__)

class WithBytes:
    def __bytes__(self):
        return b"<custom>"

print(b"[%s]" % WithBytes())
cases = [
    (b"%s", "text"),
    (b"%d", "1"),
    (b"%c", 256),
    (b"%c", b"ab"),
    (b"%d %d", (1,)),
    (b"%d", (1, 2)),
    (b"%z", 1),
    (b"%(x)s", 1),
    (b"%x", 1.5),
]
for fmt, arg in cases:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)

# build a length-prefixed message
def frame(payload):
    return b"%04d%s" % (len(payload), payload)

msgs = [frame(p) for p in [b"hi", b"", b"x" * 12]]
print(msgs)
buf = b"".join(msgs)
while buf:
    n = int(buf[:4])
    print(n, buf[4:4 + n])
    buf = buf[4 + n:]
