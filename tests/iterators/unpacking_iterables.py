# Any iterable can be unpacked: generators, dicts, sets of ints, strings, user iterators.
def gen():
    print("gen started")
    yield "g1"
    yield "g2"

a, b = gen()
print(a, b)
x, y, z = "xyz"
print(x, y, z)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
(p, q), = {(1, 2): None}.keys()
print(p, q)
lo, *rest = sorted({5, 3, 9})
print(lo, rest)
first, *_, last = range(100)
print(first, last, len(_))

class Triple:
    def __iter__(self):
        yield from (1, 2, 3)
i, j, k = Triple()
print(i, j, k)

def gen_too_long():
    for n in range(5):
        print("produced", n)
        yield n
try:
    u, v = gen_too_long()
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v, w = gen()
except ValueError as e:
    print(type(e).__name__, e)
print([*gen(), *Triple()])
print(dict([("a", 1), "bc", ["d", 4]]))
try:
    dict(["abc"])
except ValueError as e:
    print(type(e).__name__, e)
