# enumerate with start, map over several iterables, filter with None or a function.
print(list(enumerate("abc")))
print(list(enumerate("abc", start=10)))
print(list(enumerate("ab", -1)))
print(list(enumerate([], 5)))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
for i, (k, v) in enumerate({"a": 1, "b": 2}.items(), 1):
    print(i, k, v)

print(list(map(abs, [-1, 2, -3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [5, 2], [100, 100])))
print(list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [1], False, True])))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print(list(filter(str.isdigit, "a1b2c3")))

def loud(x):
    print("map function called on", x)
    return x + 1
m = map(loud, [1, 2, 3])
print("map object created")
print(next(m))
print(list(m))
try:
    map(loud)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("a", start="x")
except TypeError as e:
    print(type(e).__name__, e)
