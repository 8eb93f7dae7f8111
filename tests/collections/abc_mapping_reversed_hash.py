from collections.abc import Mapping, Sequence, Set, Hashable
class M(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)
    def __iter__(self):
        return iter(())
    def __len__(self):
        return 0
try:
    reversed(M())
except TypeError as e:
    print(e)
try:
    hash(M())
except TypeError as e:
    print(e)
print(isinstance(M(), Hashable), isinstance(1, Hashable), isinstance([], Hashable), isinstance((), Hashable))
print(M() == {}, M() != {1: 2}, M() == [])
class S(Set):
    def __init__(self, it=()):
        self.items = list(it)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
print(isinstance(S(), Hashable), S.__hash__)
class HS(S):
    __hash__ = Set._hash
print(hash(HS([1, 2])) == hash(frozenset([2, 1])))
