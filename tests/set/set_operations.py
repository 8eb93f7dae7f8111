# union, intersection, difference, symmetric_difference: methods and operators
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,), [10]), a.intersection(range(3), [2, 1]), a.difference([1], {2}), a.union())
print(a.symmetric_difference([4, 5, 5]), a.intersection(), a.difference())
print(a, b)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: a | [1])
t(lambda: a & (1,))
t(lambda: a - 1)
t(lambda: a ^ None)
t(lambda: a + b)
t(lambda: a.union(1))
t(lambda: a.symmetric_difference([1], [2]))
print(a | frozenset([9]), type(a | frozenset([9])).__name__, type(frozenset([9]) | a).__name__)
print({1, 2} & {2.0, 3}, {1} | {1.0}, {1.0} | {1}, {True} | {1})
