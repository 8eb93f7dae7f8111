print(set(), frozenset())
print(frozenset({1, 2}))
print(repr(set()), repr(frozenset()))
print({frozenset({1}), frozenset()} == {frozenset(), frozenset({1})})
print(frozenset([frozenset([1, 2])]))
print(set([frozenset()]))
class S(set): pass
class F(frozenset): pass
print(S(), F(), S([1]), F([1, 2]))
s = set(); s.add(3)
print(str(s))
