# reversed() and sorted() on many inputs and user types
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(Seq())), list(reversed(Rev())))
print(sorted([3, 1, 2]), sorted("cba"), sorted({3, 1}), sorted({"b": 1, "a": 2}), sorted([3, 1, 2], reverse=True))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
t(lambda: reversed(iter([1])))
t(lambda: reversed([1], [2]))
t(lambda: sorted([1], None))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
