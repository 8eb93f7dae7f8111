class S(set):
    pass
class F(frozenset):
    pass
print(S([1]) == F([1]), F([1]) == {1}, S() <= F([2]), F([1, 2]) > S([1]))
print(S([1]) == frozenset([1]), {S and 1} == {1})
print({1, 2} == {1: 0, 2: 0}.keys(), {1: 0, 2: 0}.keys() == {1, 2})
print({(1, 2)} == {1: 2}.items(), frozenset({(1, 2)}) <= {1: 2, 3: 4}.items())
class Cmp(set):
    def __eq__(self, other):
        return "custom"
print(Cmp() == set(), set() == Cmp())
