from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        AbstractContextManager, ContextDecorator)


@contextmanager
def traced(name, log):
    log.append(f"enter {name}")
    try:
        yield name
    finally:
        log.append(f"exit {name}")


log = []
with traced("a", log) as value:
    log.append(value)
print(log)


@traced("deco", log)
def work():
    log.append("working")
    return 7


log.clear()
print(work(), work(), log)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)


with swallow():
    raise ValueError("v")
try:
    with swallow():
        raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e))

with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")


class Thing:
    def close(self):
        print("closed thing")


with closing(Thing()) as t:
    print(type(t).__name__)
with nullcontext(5) as n:
    print(n)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(traced("inner", log))
    print("in stack")
print(log[-1])

try:
    with ExitStack() as stack:
        stack.push(lambda *exc: print("push saw", exc[0].__name__))
        raise IndexError("idx")
except IndexError as e:
    print("propagated", e)

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise TypeError("suppressed by push")
print("suppressed")

stack = ExitStack()
stack.callback(print, "moved")
moved = stack.pop_all()
stack.close()
moved.close()


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Managed() as m:
    print(type(m).__name__, isinstance(m, AbstractContextManager))
print(issubclass(ExitStack, AbstractContextManager), issubclass(int, AbstractContextManager))


class Decor(ContextDecorator):
    def __enter__(self):
        print("decor enter")

    def __exit__(self, *exc):
        print("decor exit")


@Decor()
def decorated():
    print("decorated body")


decorated()
