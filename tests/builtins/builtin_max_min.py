# max() and min(): iterables, multiple args, key=, default=, errors
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min("hello"), max("a", "b"), max([1, 2.5]), min([True, 0]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len), max([-3, 2], key=abs))
print(max([], default=None), min((), default="empty"), max([5], default=0), max(1, 2, key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), max([2, 2.0]), max([2.0, 2]), min([[], [0]]), max({3: "x", 7: "y"}))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([4, 5, 1, 0], key=lambda x: x % 2))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: max([]))
t(lambda: min(()))
t(lambda: max())
t(lambda: max(5))
t(lambda: max(1, 2, default=0))
t(lambda: max([1, "a"]))
t(lambda: min([None, None]))
t(lambda: max([1], key=5))
t(lambda: max([1], bogus=1))
t(lambda: min(iter([])))
