# Sorting errors: mixed types, bad keys, keyword-only arguments
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sorted([1, "a"]))
t(lambda: sorted(["a", 1]))
t(lambda: sorted([1, None, 2]))
t(lambda: sorted([[1], (1,)]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([{"a": 1}, {"b": 2}]))
t(lambda: [3, 1].sort(lambda x: x))
t(lambda: sorted([3, 1], lambda x: x))
t(lambda: sorted([3, 1], key=5))
t(lambda: sorted([3, 1], key=lambda x: "a" if x == 1 else 1))
t(lambda: sorted([1, 2], reverse=None))
t(lambda: sorted())
t(lambda: sorted(5))
t(lambda: [1, 2].sort(cmp=None))
a = [3, 2, 1]
def bad_key(x):
    if x == 2:
        raise ValueError("key failed")
    return x
t(lambda: a.sort(key=bad_key))
print(a)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "C(%d)" % self.v
print(sorted([C(3), C(1), C(2)]), max([C(3), C(5)], key=lambda c: c.v))
