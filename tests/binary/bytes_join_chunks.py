# Splitting data into chunks, joining with separators, and reassembling.
data = bytes(range(65, 91)) * 2


def chunks(buf, size):
    return [buf[i:i + size] for i in range(0, len(buf), size)]


parts = chunks(data, 10)
print(len(parts), parts[0], parts[-1])
print(b"|".join(parts))
print(b"".join(parts) == data)
print(bytearray(b", ").join(parts[:3]))
print(type(bytearray(b"-").join([b"a"])).__name__, type(b"-".join([bytearray(b"a")])).__name__)
print(b"-".join([memoryview(b"mv"), bytearray(b"ba"), b"b"]))
print(b"".join([]), b"x".join([b"only"]))
for bad in [[b"a", "b"], [b"a", 1], [b"a", None]]:
    try:
        b",".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)

mv_parts = chunks(memoryview(data), 16)
print([type(p).__name__ for p in mv_parts], [len(p) for p in mv_parts])
print(b"/".join(mv_parts)[:40])

# a generator of lines joined with CRLF
def lines():
    for i in range(4):
        yield b"line %d" % i

print(b"\r\n".join(lines()))

# centering, justification, zfill on bytes
print(b"hi".center(8, b"*"), b"hi".ljust(5, b"."), b"hi".rjust(5), b"42".zfill(6), b"-42".zfill(6))
print(bytearray(b"x").center(4), b"abc".center(2))
try:
    b"x".center(5, b"ab")
except TypeError as e:
    print(type(e).__name__, e)
print(b"a\tb\tc".expandtabs(4), b"tab\t".expandtabs())
print(b"hello world".title(), b"HeLLo".swapcase(), b"hello".capitalize())
