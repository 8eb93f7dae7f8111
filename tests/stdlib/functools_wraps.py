# decorators written with functools.wraps
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {len(args)} arguments")
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__)
print(add.__wrapped__(10, 20))
print(add.__wrapped__.__name__)


class Service:
    @logged
    def handle(self, x):
        "Handle x."
        return x * 2


print(Service().handle(21), Service.handle.__qualname__)


def with_attrs(func):
    func.calls = 0
    func.tag = "original"
    return func


@logged
@with_attrs
def f():
    pass


print(f.calls, f.tag, sorted(f.__dict__))


def counting(func):
    def wrapper(*a):
        wrapper.count += 1
        return func(*a)
    wrapper.count = 0
    return functools.update_wrapper(wrapper, func)


@counting
def hello(name):
    "Say hello."
    return "hello " + name


print(hello("a"), hello("b"), hello.count, hello.__doc__, hello.__name__)


# wrapping something without the attributes
class Callable:
    def __call__(self):
        return 42


def w():
    pass


functools.update_wrapper(w, Callable())
print(w.__name__, w.__wrapped__())

# custom assigned/updated
def src():
    "source doc"


def dst():
    "dest doc"


functools.update_wrapper(dst, src, assigned=("__doc__",), updated=())
print(dst.__name__, dst.__doc__)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)


def decorator_with_args(times):
    def deco(func):
        @functools.wraps(func)
        def inner(*a, **k):
            return [func(*a, **k) for _ in range(times)]
        return inner
    return deco


@decorator_with_args(3)
def greet(name="x"):
    return "hi " + name


print(greet(), greet("bob"), greet.__name__)
