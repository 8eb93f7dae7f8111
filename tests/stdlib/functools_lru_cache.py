# memoisation with lru_cache and cache
import functools
from functools import lru_cache, cache


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
print(fib.cache_info())
print(fib.cache_info().hits, fib.cache_info()[1])
fib.cache_clear()
print(fib.cache_info())
print(fib.cache_parameters())
print(fib.__name__, fib.__wrapped__.__name__)


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1, 1]:
    print(square(v))
print(square.cache_info())


@lru_cache(maxsize=None)
def unbounded(x):
    return x + 1


for i in range(5):
    unbounded(i)
    unbounded(i)
print(unbounded.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(typed=True)
def typed(x):
    print("typed miss", type(x).__name__)
    return x


typed(1)
typed(1.0)
typed(1)
print(typed.cache_info())


@lru_cache()
def untyped(x):
    print("untyped miss", x)
    return x


untyped(1)
untyped(1.0)
print(untyped.cache_info())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5))
print(factorial.cache_info())


@lru_cache(maxsize=32)
def kw(a, b=0, *, c=0):
    return a + b + c


print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=3), kw(1, c=3))
print(kw.cache_info())

# unhashable arguments
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)

# exceptions are not cached
@lru_cache
def fails(x):
    print("trying", x)
    raise ValueError(x)


for _ in range(2):
    try:
        fails(1)
    except ValueError as e:
        print("ValueError", e)
print(fails.cache_info())

try:
    lru_cache("big")
except TypeError as e:
    print("TypeError", e)

print(lru_cache(maxsize=-5)(abs).cache_info())


class Graph:
    def __init__(self, edges):
        self.edges = edges

    @lru_cache(maxsize=None)
    def reach(self, node):
        out = {node}
        for nxt in self.edges.get(node, ()):
            out |= self.reach(nxt)
        return frozenset(out)


g = Graph({1: [2, 3], 2: [4], 3: [4], 4: []})
print(sorted(g.reach(1)), sorted(g.reach(2)))
print(Graph.reach.cache_info())
