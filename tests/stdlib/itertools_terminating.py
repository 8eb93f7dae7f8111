# the iterators that end with their shortest input
from itertools import (accumulate, chain, compress, dropwhile, filterfalse,
                       islice, pairwise, starmap, takewhile, zip_longest)
import operator

data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
print(list(accumulate(data)))
print(list(accumulate(data, max)))
print(list(accumulate(data, operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate("abc")))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
cashflows = [1000, -90, -90, -90, -90]
print([round(x, 2) for x in accumulate(cashflows, lambda bal, pmt: bal * 1.05 + pmt)])

print(list(chain("ABC", "DEF")), list(chain()), list(chain([1], (), [2, 3])))
print(list(chain.from_iterable(["ABC", "DE"])))
print(list(chain.from_iterable([[1, 2], [3]])))
lazy = chain.from_iterable(x * 2 for x in ["a", "b"])
print(next(lazy), list(lazy))
print(type(chain.from_iterable([])).__name__)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))

it = iter(range(10))
print(list(takewhile(lambda x: x < 3, it)), next(it))

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(100), 10, 50, 7)))
print(list(islice("abc", None)), list(islice("abc", None, None, None)))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
it = iter(range(20))
print(list(islice(it, 1, 10, 4)), next(it))

print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([], [])))

for bad in [lambda: list(chain(1)),
            lambda: chain(a=1),
            lambda: list(chain.from_iterable([1])),
            lambda: accumulate(5),
            lambda: list(accumulate([1, "a"])),
            lambda: compress(1, [1]),
            lambda: dropwhile(len),
            lambda: takewhile(None, [1]),
            lambda: list(takewhile(None, [1])),
            lambda: filterfalse(None, 1),
            lambda: islice(),
            lambda: islice([1]),
            lambda: islice([1], -1),
            lambda: islice([1], "a"),
            lambda: islice([1], 1, -1),
            lambda: islice([1], -1, 2),
            lambda: islice([1], 0, 1, 0),
            lambda: islice([1], 0, 1, 2, 3),
            lambda: islice([1], stop=1),
            lambda: islice(5, 1),
            lambda: pairwise(1),
            lambda: starmap(len, 1),
            lambda: list(starmap(len, [1])),
            lambda: zip_longest(1),
            lambda: zip_longest([1], fill=0)]:
    try:
        r = bad()
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
