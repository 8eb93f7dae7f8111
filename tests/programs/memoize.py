def memoize(func):
    cache = {}
    calls = {"hits": 0, "misses": 0}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            calls["hits"] += 1
            return cache[key]
        calls["misses"] += 1
        result = func(*args, **kwargs)
        cache[key] = result
        return result

    def stats():
        return dict(calls, size=len(cache))

    def clear():
        cache.clear()
        calls.update(hits=0, misses=0)

    wrapper.stats = stats
    wrapper.clear = clear
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper


def counted(label):
    def decorate(func):
        count = 0

        def inner(*args):
            nonlocal count
            count += 1
            return func(*args)

        inner.count = lambda: count
        inner.__name__ = f"{label}:{func.__name__}"
        return inner
    return decorate


@memoize
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def binom(n, k=0):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k=k - 1) + binom(n - 1, k=k)


@counted("trace")
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(fib(80), fib.stats())
print(fib.__name__, fib.__doc__, fib.__wrapped__.__name__)
print([fib(i) for i in range(15)])
print(fib.stats())
fib.clear()
print(fib.stats(), fib(10), fib.stats())
print(binom(20, k=10), binom.stats())
print(max(range(1, 30), key=collatz), collatz.count(), collatz.__name__)


def make_counters():
    fns = []
    for i in range(3):
        fns.append(lambda x, i=i: x * i)
    late = [lambda: i for i in range(3)]
    return fns, late


fns, late = make_counters()
print([f(10) for f in fns], [f() for f in late])


def accumulator(start=0):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total
    return add


acc = accumulator(100)
print(acc(5), acc(10), acc(-115))
compose = lambda *fs: (lambda x: _apply(fs, x))


def _apply(fs, x):
    for f in reversed(fs):
        x = f(x)
    return x


print(compose(str, abs, lambda v: v - 10)(3))
