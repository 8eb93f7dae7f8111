# ord() of one-byte bytes and bytearray objects, and its errors.
for x in [b"A", bytearray(b"z"), b"\xff", b"ab", b"", bytearray(), memoryview(b"a"), 7]:
    try:
        print(repr(x)[:20], ord(x))
    except TypeError as e:
        print(type(e).__name__, e)
