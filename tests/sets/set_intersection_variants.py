a = {1, 2, 3, 4}
print(a.intersection(), a.intersection([2, 3, 9]), a.intersection([1, 2], (2, 3, 4)))
print(a & {3, 4, 5})
print(frozenset(a).intersection(range(3)))
print(a.intersection(x for x in [4, 4, 1]))
try:
    a & (1, 2)
except TypeError as e:
    print(e)
a2 = a.copy()
a2.intersection_update([1, 2], [2])
print(a2)
a3 = set(a)
a3 &= {4, 9}
print(a3)
