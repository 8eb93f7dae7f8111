# Result types and errors when mixing bytes, bytearray and memoryview.
b = b"ab"
ba = bytearray(b"cd")
mv = memoryview(b"ef")

for x, y in [(b, ba), (ba, b), (b, mv), (ba, mv), (ba, ba)]:
    r = x + y
    print(type(x).__name__, type(y).__name__, type(r).__name__, r)
try:
    mv + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba + [1]
except TypeError as e:
    print(type(e).__name__, e)

acc = b""
acc += ba
print(type(acc).__name__, acc)
acc2 = bytearray()
acc2 += mv
acc2 += b"!"
print(acc2)
try:
    acc2 += "s"
except TypeError as e:
    print(type(e).__name__, e)

print(b.replace(b"a", ba), ba.replace(b"c", mv), b.join([ba, mv]))
print(b.startswith(ba), ba.endswith(mv), b.strip(bytearray(b"b")), ba.split(memoryview(b"c")))
print(bytes(ba), bytes(mv), bytearray(mv), bytearray(b), list(mv), tuple(ba))
print(b"%b|%b|%b" % (b, ba, mv))
print(b.center(6, bytearray(b"-")), ba.ljust(4, b"."))
print(type(ba.strip()).__name__, type(ba[0:1]).__name__, type(mv[0:1]).__name__, type(mv[0]).__name__)
print(b == ba == mv, [b, ba].index(bytearray(b"ab")))
