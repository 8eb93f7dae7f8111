class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __repr__(self):
        return f"K({self.v})"
s = {K(1), K(4), K(1), K(7)}
print(len(s), K(4) in s, K(10) in s)
s.remove(K(4))
print(sorted(x.v for x in s))
print({1, 1.0, True}, {0, False, 0.0})
print(1 in {1.0}, 2.0 in frozenset([2]))
