# find, rfind, index, rindex, count with ints, bytes-like and start/end
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in [b"abracadabra", bytearray(b"abracadabra")]:
    print(s.find(b"bra"), s.find(b"bra", 2), s.find(b"bra", 2, 9), s.find(b"zz"), s.find(97, 1), s.find(b""), s.find(b"", 20))
    print(s.rfind(b"bra"), s.rfind(b"a", 0, -1), s.rfind(100), s.rfind(b"", 3), s.rfind(bytearray(b"ca")))
    print(s.index(b"c"), s.rindex(b"a"), s.index(98, 2), s.rindex(b"ab", None, 5))
    print(s.count(b"a"), s.count(b"bra"), s.count(b"a", 4), s.count(b"", 0, 3), s.count(97, -4, None), s.count(b"aa"))
b = b"abc"
t(lambda: b.index(b"z"))
t(lambda: b.rindex(b"z"))
t(lambda: bytearray(b).index(122))
t(lambda: b.find("a"))
t(lambda: b.count(256))
t(lambda: b.find(-1))
t(lambda: b.find())
t(lambda: b.count(1, 2, 3, 4))
t(lambda: b.find(b"a", "x"))
t(lambda: b.find(b"a", x=1))
t(lambda: b.find(b"c", None, None))
t(lambda: b.find(b"c", -2 ** 70, 2 ** 70))
print(b"aaaa".count(b"aa"), b"".count(b""), b"".find(b""), b"abc".rfind(b""))
