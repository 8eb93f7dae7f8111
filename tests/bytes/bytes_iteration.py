# iterating bytes and bytearray: ints, iterator type names, reversed, mutation during iteration
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"abc"
ba = bytearray(b"xyz")
print(list(b), list(ba), tuple(b""), [x + 1 for x in b], sum(b), max(ba), sorted(b"cab"))
it = iter(b)
print(type(it).__name__, type(iter(ba)).__name__, next(it), next(it), next(it))
t(lambda: next(it))
print(list(reversed(b)), list(reversed(ba)), list(enumerate(b"hi")), dict(zip(b"ab", b"cd")))
print(type(reversed(b)).__name__, iter(it) is it)
grow = bytearray(b"ab")
seen = []
for x in grow:
    seen.append(x)
    if len(grow) < 5:
        grow.append(x + 10)
print(seen, grow)
shrink = bytearray(b"abcd")
out = []
for x in shrink:
    out.append(x)
    del shrink[-1]
print(out, shrink)
a, b2, c = b"xyz"
print(a, b2, c)
print(*bytearray(b"12"))
print(set(b"aab") == {97, 98}, bytes(reversed(b"abc")), bytearray(map(lambda x: x ^ 32, b"aBc")))
