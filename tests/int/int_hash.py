# hash() of ints is deterministic: reduced modulo 2**61 - 1, with -1 mapped to -2
for n in (0, 1, -1, -2, 2, 100, -100, 2**31, 2**32, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, 2**64,
          -(2**61), -(2**61) + 1, 10**30, -(10**30), 2**200, -(2**200) - 1):
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2**61 - 1) == hash(0))
print(hash(-1) == hash(-2), (-1).__hash__())
class H(int):
    pass
print(hash(H(5)), hash(H(-1)))
print(hash(3.0), hash(-1.0), hash(2.0**61))
