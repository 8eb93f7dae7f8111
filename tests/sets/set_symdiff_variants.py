a = {1, 2, 3}
print(a.symmetric_difference([3, 4]), a ^ {2, 5})
b = set(a)
b.symmetric_difference_update([3, 3, 6])
print(b)
b ^= {1, 7}
print(b)
try:
    a.symmetric_difference([1], [2])
except TypeError as e:
    print(e)
try:
    a ^ [1]
except TypeError as e:
    print(e)
print(frozenset(a) ^ {1})
print(a.symmetric_difference(x for x in (1, 9)))
