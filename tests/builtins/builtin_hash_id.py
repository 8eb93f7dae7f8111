# hash() of ints, floats and tuples; id() only compared for identity
print(hash(0), hash(1), hash(-1), hash(2**61), hash(2**61 - 1), hash(1.0), hash(0.5), hash(()), hash((1, 2)))
print(hash(True) == 1, hash(1.0) == hash(1), hash((1, 2.0)) == hash((1, 2)))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, id(None) == id(None))
class H:
    def __hash__(self):
        return 12345
class BadHash:
    def __hash__(self):
        return "x"
class BigHash:
    def __hash__(self):
        return 2**100
class NegOne:
    def __hash__(self):
        return -1
print(hash(H()), hash(BigHash()), hash(NegOne()))
for v in ([], {}, set(), BadHash()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
