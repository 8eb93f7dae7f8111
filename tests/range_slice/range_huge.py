# Ranges beyond machine sizes: len overflow, indexing, slicing, reversal
big = range(10**20)
print(big, big[10**19], big[-1], big[10**19:10**19 + 3], big[::10**19], 10**19 in big)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(2**62)), len(range(0, 2**63, 2)), len(range(-(2**63), 2**63 - 1, 2**32)))
try:
    len(range(2**63))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[-5:], range(0, 2**100, 2**99)[1])
rev = reversed(range(2**64 - 3, 2**64))
print(list(rev))
print(big.count(5), big.index(12345678901234567890))
it = iter(range(2**63 - 2, 2**63 + 1))
print(list(it))
print(range(-(10**20), 10**20, 10**19)[5], list(range(10**20, 10**20 + 2)))
