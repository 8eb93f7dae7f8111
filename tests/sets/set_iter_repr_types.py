it = iter({1, 2})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(type(iter(frozenset())).__name__)
print(list(iter(set())))
s = {1, 2, 3}
print(list(map(lambda x: x * 2, s)), sorted(s, reverse=True), tuple(s), [*s])
a, b, c = {10, 20, 30}
print(a, b, c)
