# hash of read-only byte views equals the bytes' hash
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(hash(memoryview(b"abc")) == hash(b"abc"))
print(hash(memoryview(b"xabcx")[1:4]) == hash(b"abc"))
print(hash(memoryview(b"abc")[::-1]) == hash(b"cba"))
print(hash(memoryview(b"")) == hash(b""))
attempt(lambda: hash(memoryview(bytearray(b"abc")).toreadonly()))
attempt(lambda: hash(memoryview(array.array("b", [1])).toreadonly()))
print(hash(memoryview(b"abc").cast("b")) == hash(b"abc"), hash(memoryview(b"abc").cast("c")) == hash(b"abc"))
attempt(lambda: hash(memoryview(bytearray(b"abc"))))
attempt(lambda: hash(memoryview(b"abcd").cast("i")))
attempt(lambda: hash(memoryview(array.array("i", [1]))))
d = {memoryview(b"key"): 1}
print(d[b"key"], b"key" in d)
m = memoryview(b"zz")
h = hash(m)
m.release()
print(hash(m) == h)
m2 = memoryview(b"zz")
m2.release()
attempt(lambda: hash(m2))
