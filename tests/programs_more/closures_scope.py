def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc.__name__, inc.__qualname__)
print(inc.__closure__[0].cell_contents)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

x = "global"


def outer():
    x = "outer"

    def inner():
        return x

    return inner()


print(outer(), x)


def bad():
    print(y)
    y = 1


try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def use_global():
    global x
    x = "changed"


use_global()
print(x)


def memo(f):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), len(fib.cache))


class C:
    a = 1
    b = [a * i for i in range(3)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = str(e)


print(C.c)


def f():
    try:
        return z
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(f())
total = 0
for i in range(5):
    total += i
print(i, total)
print([j for j in range(3)])
try:
    print(j)
except NameError as e:
    print(e)
