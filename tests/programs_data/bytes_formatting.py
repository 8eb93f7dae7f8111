print(b"%(name)s is %(age)d" % {b"name": b"Bo", b"age": 3}, b"%-5s|%5s|" % (b"a", b"b"), b"%x %X %o %e" % (255, 255, 8, 1.5))
try: b"%s" % "str"
except TypeError as e: print(type(e).__name__, e)
try: b"%d" % b"x"
except TypeError as e: print(type(e).__name__, e)
try: b"%s %s" % (b"a",)
except TypeError as e: print(type(e).__name__, e)
print(b"%b" % b"raw", b"%a" % "é", b"%r" % b"x" if False else 0, b"%%", b"%5.2f" % 3.14159)
print(repr(b"\t\n\r\x0b\x0c\\"), repr(bytearray(b"'")), repr(b"'\""), bytes([7, 127, 128, 255]))
print(b"abc".hex(" ", 2), b"abcdef".hex(b":", -2), bytearray(b"\x00\x10").hex())
try: b"ab".hex("ab")
except ValueError as e: print(type(e).__name__, e)
print(bytes.fromhex("0a 0B"), b"a\tb".expandtabs(), b"AbC".swapcase(), b"hello world".title(), b"0042".zfill(6), b"-42".zfill(6))
print(b"a-b_c".split(b"-"), b"abc".partition(b"x"), b"abcabc".rsplit(b"b", 1), b"abc".rstrip(b"c"), b"xyx".lstrip(b"x"))
print(b"abc".startswith(b"b", 1), b"abc".endswith((b"x", b"bc"), 0, 3), b"ab".ljust(1), b"abc".find(b""), b"abc".count(b""))
print(bytes.maketrans(b"ab", b"AB"), b"abc".isalnum(), b"\xff".isalpha(), b"Hello".istitle(), bytearray(b"x").isascii())
import sys
print(sys.byteorder, int.from_bytes(b"\x01\x02", sys.byteorder))
print(b"a" * -1, bytearray(b"ab") * 2, bytes(reversed(b"abc")), b"".join([]), bytearray().join([b"x"]))
