# every bytes-like argument accepts memoryview and array
import array

mv = memoryview(b"abc")
ar = array.array("B", [120, 121])
for src in [mv, ar, memoryview(ar), mv[1:]]:
    print(bytes(src), bytearray(src), b"-".join([src, src]), b"<" + src, bytearray(b">") + src)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# a view that is not C-contiguous: only full-buffer consumers take it
r = memoryview(b"abc")[::-1]
attempt(lambda: bytes(r))
attempt(lambda: bytearray(r))
attempt(lambda: b"".join([r]))
attempt(lambda: b"x" + r)
attempt(lambda: bytearray(b"x") + r)
attempt(lambda: r in b"abc")
attempt(lambda: b"abc".startswith(r))
attempt(lambda: b"abc".find(r))
attempt(lambda: b"abc".split(r))
attempt(lambda: int.from_bytes(r, "big"))
attempt(lambda: bytearray().extend(r))
attempt(lambda: bytearray().__iadd__(r))
attempt(lambda: bytearray(b"cba") == r)
attempt(lambda: b"cba" == r)
attempt(lambda: array.array("b").frombytes(r))
attempt(lambda: array.array("b", r))
attempt(lambda: str(r, "ascii"))
attempt(lambda: b"%s" % r)
ba3 = bytearray(b"xyz")
ba3[0:3] = r
print(ba3)
print(b"ab" in b"xabc", mv[:2] in b"xabc", ar in b"--xy--", memoryview(b"q") in b"abc")
print(b"abcdef".startswith(mv), b"abcdef".endswith(memoryview(b"ef")), b"abc".startswith((ar, mv)))
print(int.from_bytes(mv, "big"), int.from_bytes(ar, "little"), int.from_bytes(mv[::-1], "big"))
ba = bytearray(b"start")
ba.extend(mv)
ba.extend(ar)
ba += memoryview(b"!")
ba += array.array("b", [63])
print(ba)
print(b"a,b,c".split(memoryview(b",")), b"abcabc".count(mv), b"abcabc".find(mv[1:]), b"abc".replace(mv[:1], ar))
print(b"abc".index(memoryview(b"c")), b"  x  ".strip(memoryview(b" ")), bytearray(b"hello").find(ar))
print(b"%s|%b" % (mv, ar), bytes(memoryview(b"\xff")).hex())
print(b"x".join([b"a", mv, bytearray(b"b"), ar]))
print(str(mv, "ascii"), str(ar, "utf-8"), mv.tobytes().decode())
b2 = bytearray(b"123456")
b2[0:3] = mv
b2[3:] = ar
print(b2)
print(bytes(memoryview(b"abcdef").cast("B", (2, 3))), bytearray(memoryview(b"abcd")[::2]))
print(b"abc" + mv, bytes(mv) == b"abc", bytearray(mv) == mv)
