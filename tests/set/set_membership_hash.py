# Membership uses hash then eq; equal numbers are the same element
s = {1, 2.5, "a", (1, 2), None, frozenset([3])}
print(1 in s, 1.0 in s, True in s, 2.5 in s, "a" in s, (1, 2) in s, None in s, {3} in s, frozenset({3}) in s)
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}), {1, 1.0, True}, {True, 1})
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
print(len({nan, nan}), len({float("nan"), float("nan")}), nan in {nan})
class P:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return hash(self.x)
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __repr__(self):
        return "P(%r)" % (self.x,)
ps = {P(1), P(1), P(2)}
print(len(ps), P(1) in ps, P(3) in ps, sorted(ps, key=lambda p: p.x))
