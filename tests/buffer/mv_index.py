# memoryview indexing and its errors
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"hello")
print(m[0], m[4], m[-1], m[-5])
attempt(lambda: m[5])
attempt(lambda: m[-6])
attempt(lambda: m["a"])
attempt(lambda: m[1.0])
attempt(lambda: m[None])
attempt(lambda: m[True])
attempt(lambda: m[(0,)])
attempt(lambda: m[0, 0])
attempt(lambda: m[:, :])
attempt(lambda: m[2**100])
attempt(lambda: m[...])


class Idx:
    def __index__(self):
        return 2


print(m[Idx()])
