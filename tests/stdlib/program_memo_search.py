# search and dynamic programming with memoisation and combinatorics
import functools
import itertools


@functools.lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (1, 5, 10, 25, 50)))
print(ways.cache_info().misses > 0)


@functools.lru_cache(maxsize=256)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))

cities = {"A": (0, 0), "B": (3, 4), "C": (6, 0), "D": (3, -4)}


def dist(p, q):
    (x1, y1), (x2, y2) = cities[p], cities[q]
    return ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5


def tour_length(order):
    return sum(dist(a, b) for a, b in itertools.pairwise(order + order[:1]))


tours = (("A",) + p for p in itertools.permutations("BCD"))
best_tour = min(tours, key=tour_length)
print(best_tour, round(tour_length(best_tour), 3))

subsets = [s for r in range(5) for s in itertools.combinations([3, 5, 7, 11, 13], r)
           if sum(s) == 21]
print(subsets)
grid = list(itertools.product(range(3), repeat=2))
print(grid)
print(sum(1 for a, b, c in itertools.product(range(1, 21), repeat=3)
          if a < b < c and a * a + b * b == c * c))


@functools.singledispatch
def size(x):
    return 1


@size.register
def _(x: list):
    return sum(size(i) for i in x)


@size.register
def _(x: dict):
    return sum(size(v) for v in x.values())


print(size([1, [2, 3], {"a": [4, 5], "b": 6}]))
fib = functools.reduce(lambda acc, _: acc + [acc[-1] + acc[-2]], range(10), [0, 1])
print(fib)
