from contextlib import contextmanager, suppress


class Timer:
    def __init__(self, name):
        self.name = name
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


with Timer("a") as t:
    pass
print(t.log)
with Timer("b") as t:
    raise KeyError("swallowed")
print(t.log)
try:
    with Timer("c") as t:
        raise ValueError("propagates")
except ValueError as e:
    print(t.log, type(e).__name__, e)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")


with tag("b") as n:
    print("inside", n)
with tag("i"):
    1 / 0
print("after")

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")

with Timer("x") as a, Timer("y") as b:
    print(a.name, b.name)
print(a.log, b.log)


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, *exc):
        Resource.opened -= 1
        return False


try:
    with Resource(), Resource():
        print("open", Resource.opened)
        raise RuntimeError("fail")
except RuntimeError as e:
    print("closed", Resource.opened, e)

try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
