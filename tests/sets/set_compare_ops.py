a, b, c = {1, 2}, {1, 2, 3}, frozenset({1, 2})
print(a < b, a <= b, b > a, b >= a, a == c, c == a, a != c)
print(a < a, a <= a, a > a, a >= a)
print(a.issubset([1, 2, 3]), a.issuperset(range(2)), a.isdisjoint((5, 6)), a.isdisjoint([2]))
print(c.issubset(b), c.issuperset(a), c < b)
print(a == [1, 2], a != (1, 2))
try:
    a < [1, 2, 3]
except TypeError as e:
    print(e)
try:
    a.issubset(3)
except TypeError as e:
    print(e)
print(set() < {1}, set() <= set(), frozenset() == set())
