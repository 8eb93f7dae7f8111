class Sq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __iter__(self):
        return iter(range(self.n))
    def __getitem__(self, k):
        if 0 <= k < self.n:
            return k * k
        raise KeyError(k)
    def __contains__(self, k):
        return 0 <= k < self.n
    def keys(self):
        return range(self.n)
s = Sq(4)
print(len(s), list(s), 3 in s, 4 in s, dict(s), [s[k] for k in s])
print(sorted(s, reverse=True), bool(Sq(0)), bool(s))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
