# filter and map: None predicate, multiple iterables, laziness
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(map(len, ["a", "bb", ""])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(str.upper, "hi")), list(map(int, ["1", "-2"])), list(map(abs, [])))
def noisy(x):
    print("called", x)
    return x * 10
m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, type(m).__name__, list(f), list(f))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(map(None, [1])))
t(lambda: list(map(len, 5)))
t(lambda: map(len))
t(lambda: list(filter(len, [1])))
t(lambda: filter(None))
