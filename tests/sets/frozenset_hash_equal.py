# equal frozensets hash equal whatever the construction order
a = frozenset([1, 2, 3, 100, -5])
b = frozenset([-5, 100, 3, 2, 1])
print(a == b, hash(a) == hash(b))
print(hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset()))
print(hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset(range(10))))
print(hash(frozenset([(1, 2), (3, 4)])) == hash(frozenset([(3, 4), (1, 2)])))
print(hash(frozenset([frozenset([1]), frozenset([2])])))
