# memoised recursion: a cached function costs one level per call, as in CPython
import functools
import sys


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(450) % 1000000007)
print(fib.cache_info())


@functools.cache
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


def deepest(fn):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        fn.cache_clear()
        try:
            fn(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


print(deepest(depth))
try:
    depth.cache_clear()
    depth(5000)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())
# warming the cache bottom-up avoids deep recursion
for i in range(0, 3000, 200):
    depth(i)
print(depth(2999))
print(type(fib.cache_info()).__name__, fib.cache_info()._fields)
