# Closure-based objects: counters, accumulators, memoization.
def make_counter(start=0, step=1):
    value = start
    def next_value():
        nonlocal value
        current = value
        value += step
        return current
    def reset():
        nonlocal value
        value = start
    return next_value, reset

nxt, reset = make_counter(10, 5)
print(nxt(), nxt(), nxt())
reset()
print(nxt())

def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

acc = accumulator()
print([acc(i) for i in range(1, 6)])

def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.calls = calls
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.calls[0])
print(fib(60), fib.calls[0])

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
