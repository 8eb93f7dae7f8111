# %-formatting of bytes and bytearray
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b"%d|%i|%u|%5d|%-5d|%05d|%+d" % (1, 2, 3, 4, 5, 6, 7))
print(b"%x|%X|%o|%#x|%#o|%e|%.2f|%g|%G" % (255, 255, 8, 255, 8, 12345.678, 3.14159, 1e20, 1e-20))
print(b"%s|%b|%s" % (b"bytes", bytearray(b"ba"), b""))
print(b"%r|%a" % ("é", [1, b"x"]))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")))
print(b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"efgh"))
print(b"%(name)s is %(age)d" % {b"name": b"Al", b"age": 3})
print(b"100%%" % (), b"%s" % b"single", b"%*d|%.*f" % (5, 42, 2, 3.14159))
print(bytearray(b"%d-%d") % (1, 2), type(bytearray(b"%s") % b"x").__name__)
t(lambda: b"%d" % "x")
t(lambda: b"%s" % "str")
t(lambda: b"%c" % 300)
t(lambda: b"%c" % b"ab")
t(lambda: b"%c" % "a")
t(lambda: b"%x" % 1.5)
t(lambda: b"%q" % 1)
t(lambda: b"%d %d" % (1,))
t(lambda: b"%d" % (1, 2))
t(lambda: b"abc" % 1)
t(lambda: b"%(a)s" % (1,))
t(lambda: b"%" % ())
t(lambda: b"x" % {})
t(lambda: "%s" % b"x")
class B:
    def __bytes__(self):
        return b"obj"
print(b"%s" % B(), b"%s" % (B(),))
print(b"\xff%s" % b"\xfe")
