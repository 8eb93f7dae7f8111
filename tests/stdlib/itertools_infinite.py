# count, cycle, repeat: the infinite iterators, sliced with islice/zip
from itertools import count, cycle, repeat, islice
import itertools

print(list(islice(count(), 5)))
print(list(islice(count(10, 5), 4)))
print(list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(5, -2), 4)))
c = count(3)
print(c, next(c), next(c), c)
print(repr(count(5, 2)), repr(count(0.5)), repr(count(1, 1.0)), repr(count(10 ** 20)))
print(type(c), type(c).__name__, iter(c) is c)
for label, n in zip(["a", "b", "c"], count(1)):
    print(label, n)
print(list(zip(count(start=100, step=10), "xyz")))

cy = cycle("AB")
print([next(cy) for _ in range(5)])
print(list(islice(cycle([1, 2, 3]), 7)))
print(list(cycle([])))
colors = cycle(["red", "green"])
print([f"{n}:{col}" for n, col in zip(range(3), colors)])


def gen():
    print("gen start")
    yield 1
    yield 2
    print("gen end")


g = cycle(gen())
print(next(g), next(g), next(g), next(g))

r = repeat("x", 3)
print(r, list(r), r)
print(list(repeat(None, 0)), list(repeat(1, -4)), repr(repeat(1, -4)))
print(list(islice(repeat(7), 3)), repeat(7))
print(list(map(pow, range(5), repeat(2))))
print(repeat(object="o", times=2), list(repeat(times=2, object=0)))
r = repeat(1, 3)
next(r)
print(r.__length_hint__(), r)
import operator
print(operator.length_hint(repeat("a", 4)))

for bad in [lambda: count("a"),
            lambda: count(1, "x"),
            lambda: count(1, 2, 3),
            lambda: cycle(),
            lambda: cycle(5),
            lambda: repeat(),
            lambda: repeat(1, "a"),
            lambda: repeat(1).__length_hint__()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(itertools.count.__name__, itertools.repeat.__module__)
