ba = bytearray(b"Hello, World")
ba.extend(b"!!")
ba.append(33)
ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("!"))
print(ba)
ba.reverse(); print(ba); ba.reverse()
print(ba.upper(), ba.lower(), ba.swapcase(), ba.title(), ba.capitalize())
print(ba.find(b"o"), ba.rfind(b"o"), ba.index(b"W"), ba.count(b"l"))
print(ba.replace(b"l", b"L", 2), ba.split(b", "), ba.partition(b","), ba.rpartition(b"o"))
print(ba.startswith((b"He", b"x")), ba.endswith(b"!"))
print(ba.center(20, b"*"), ba.ljust(16, b"-"), ba.rjust(16), ba.zfill(16))
print(bytearray(b"  pad  ").strip(), bytearray(b"xxabcxx").strip(b"x"), bytearray(b"a\tb").expandtabs(4))
print(bytearray(b"abc").isalpha(), bytearray(b"123").isdigit(), bytearray(b"").isalnum(), bytearray(b"Ab Cd").istitle())
print(bytearray(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]))
del ba[0:5]
print(ba)
ba[0:2] = b"XYZ"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.remove(200)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
b = bytes(ba)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(ba)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b) == hash(bytes(b)), b == ba, ba == b, b + ba, ba + b, type(b + ba).__name__, type(ba + b).__name__)
print(b * 2, ba * 0, 3 * bytearray(b"ab"))
ba *= 2
ba += b"?"
print(ba, ba.copy() is ba)
print(bytearray(5), bytearray([1, 2, 3]), bytearray("xyz", "ascii"), bytearray(range(65, 70)))
try:
    bytearray("xyz")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([1, 2, 300])
except ValueError as e:
    print(type(e).__name__, e)
print(b"%s=%d %x" % (b"k", 42, 255), bytearray(b"%05.1f") % 3.14159)
print(b"a,b,,c".split(b","), b"a b  c".split(), b"line1\nline2\r\n".splitlines(keepends=True))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(list(b"hi"), b"hi"[0], b"hi"[-1:], bytearray(b"hi")[0])
print(ba.clear(), ba)
