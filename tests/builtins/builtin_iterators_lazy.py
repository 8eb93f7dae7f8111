# Laziness of map/filter/zip/enumerate/reversed and partial consumption
def counter():
    n = 0
    while True:
        yield n
        n += 1
evens = filter(lambda v: v % 2 == 0, counter())
squares = map(lambda v: v * v, evens)
print([next(squares) for _ in range(5)])
pairs = zip(counter(), "abc")
print(list(pairs))
it = iter(range(10))
print(list(zip(it, it)))
e = enumerate(counter(), 100)
print(next(e), next(e))
m = map(int, ["1", "2", "x", "4"])
print(next(m), next(m))
try:
    next(m)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(next(m))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
z = zip([1, 2, 3], [4, 5, 6])
print(next(z), list(z))
