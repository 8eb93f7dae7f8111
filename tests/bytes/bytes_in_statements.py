# bytes in ordinary code: augmented item assignment, defaults, tuples, truth, comprehensions
ba = bytearray(b"abc")
ba[0] += 1
ba[1:] += b"!"
print(ba)
def f(x=b"default"):
    return x
print(f(), f(b"given"))
consts = (b"a", b"b")
print(consts, b"a" in consts, {b"k": b"v"}[b"k"])
print(b"a" < b"b" < b"c", not b"", bool(b"\x00"), bool(bytearray()))
print(b"abc" if b"" else b"empty")
s = b"x"
s *= 3
print(s)
print([b for b in b"hi"], sorted({b"%d" % i for i in range(3)}))
total = 0
for byte in b"\x01\x02\x03":
    total += byte
print(total)
chunks = [b"ab", b"cd", b"ef"]
print(b"".join(chunks), b"|".join(c.upper() for c in chunks))
data = bytearray()
for i in range(5):
    data.append(i * 50)
print(data, data.hex(), bytes(data) == data)
