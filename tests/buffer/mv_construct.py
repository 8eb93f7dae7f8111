# memoryview construction
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for x in [b"ab", bytearray(b"ab"), memoryview(b"ab"), array.array("b", [1, 2])]:
    print(type(x).__name__, memoryview(x).tolist())
print(memoryview(object=b"kw").tobytes())
attempt(lambda: memoryview())
attempt(lambda: memoryview(1))
attempt(lambda: memoryview("str"))
attempt(lambda: memoryview([1, 2]))
attempt(lambda: memoryview(None))
attempt(lambda: memoryview(b"a", b"b"))
attempt(lambda: memoryview(obj=b"a"))


class B(bytes):
    pass


class BA(bytearray):
    pass


print(memoryview(B(b"sub")).tobytes(), memoryview(BA(b"sub2")).readonly)
try:
    class M(memoryview):
        pass
except TypeError as e:
    print(e)
print(memoryview.__name__, type(memoryview(b"")) is memoryview)
