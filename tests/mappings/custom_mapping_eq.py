class M:
    def __init__(self, **kw):
        self.d = kw
    def __eq__(self, other):
        if isinstance(other, M):
            return self.d == other.d
        if isinstance(other, dict):
            return self.d == other
        return NotImplemented
print(M(a=1) == M(a=1), M(a=1) == {"a": 1}, {"a": 1} == M(a=1), M(a=1) != {"a": 2}, M() == 5)
print(M.__hash__)
print([M(a=1)].count(M(a=1)), M(a=1) in [M(a=1)], {"a": 1} in [M(a=1)])
