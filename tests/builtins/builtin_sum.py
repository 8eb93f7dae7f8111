# sum(): start values, floats, lists, strings are rejected
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([1, 2.5]), sum([], 5), sum(range(101)), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([10**20, 1]), sum([0.5, 0.25], start=1))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum([1e308, 1e308]), sum([-0.0]), sum([-0.0], -0.0))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sum(["a", "b"], ""))
t(lambda: sum([1, "a"]))
t(lambda: sum(5))
t(lambda: sum([[1]]))
t(lambda: sum([1], start=[]))
t(lambda: sum())
