# Subset/superset/disjoint methods and comparison operators
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == {2, 1}, a != b, a > b)
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(a), b.issuperset(range(4)), a.isdisjoint({3, 4}), a.isdisjoint([2]))
print(set() <= a, set() < set(), a == frozenset(a), frozenset(a) < b, {1, 2} <= {1, 3})
print({1, 2} < {3}, {1, 2} > {3}, {1} == [1], sorted([{1, 2}, {1}], key=len))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: a < [1, 2, 3])
t(lambda: a <= None)
t(lambda: a.issubset(5))
t(lambda: a.isdisjoint(None))
print(max({3, 1, 2}), min({3, 1, 2}), sum({1, 2, 3}), len({1, 1, 1}), sorted({3, 1, 2}, reverse=True))
