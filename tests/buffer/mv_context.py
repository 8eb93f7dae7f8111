# memoryview as a context manager
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"data")
with memoryview(ba) as m:
    print(type(m).__name__, m[0], bytes(m))
    attempt(lambda: ba.extend(b"!"))
attempt(lambda: m[0])
ba.extend(b"!")
print(ba)
try:
    with memoryview(ba) as m2:
        raise KeyError("inside")
except KeyError as e:
    print("caught", e)
attempt(lambda: m2.tobytes())
ba.clear()
print(ba)
m3 = memoryview(b"x")
m3.release()


def reenter():
    with m3:
        return "entered"


attempt(reenter)
with memoryview(b"abc") as outer:
    with outer[1:] as inner:
        print(bytes(inner))
    print(bytes(outer))
