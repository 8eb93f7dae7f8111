import functools


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        result = func(*args, **kwargs)
        print(f"{func.__name__}({', '.join(parts)}) -> {result!r}")
        return result
    return wrapper


def repeat(times):
    def deco(func):
        def wrapper(*a, **k):
            return [func(*a, **k) for _ in range(times)]
        return wrapper
    return deco


@log_calls
def add(a, b=2, *, scale=1):
    """Add things."""
    return (a + b) * scale


add(1)
add(1, 5, scale=3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)


@repeat(3)
def hello(name):
    return f"hi {name}"


print(hello("x"))


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


print(Config(1).v, Config(2).v, Config(1) is Config(3))


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, square.__name__)


@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(80), ways.cache_info().hits > 0)


def validate(**types):
    def deco(f):
        def inner(**kw):
            for k, t in types.items():
                if not isinstance(kw[k], t):
                    raise TypeError(f"{k} must be {t.__name__}, not {type(kw[k]).__name__}")
            return f(**kw)
        return inner
    return deco


@validate(n=int, s=str)
def show(n, s):
    return s * n


print(show(n=2, s="ab"))
try:
    show(n="2", s="ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    add(1, c=3)
except TypeError as e:
    print(type(e).__name__, e)
print(functools.partial(add.__wrapped__, 10)(5), functools.reduce(lambda a, b: a * b, range(1, 6)))
