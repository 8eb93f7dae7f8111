a = {1, 2, 3, 4, 5}
print(a.difference(), a.difference([1]), a.difference([1], {2}, range(3, 4)))
print(a - {5})
print(frozenset(a) - {1, 2})
b = set(a)
b.difference_update([1, 2], "ab")
print(b)
b -= {3}
print(b)
try:
    b - [1]
except TypeError as e:
    print(e)
try:
    b -= [1]
except TypeError as e:
    print(e)
