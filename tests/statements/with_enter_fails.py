# Failures in __enter__, __exit__, or the context manager protocol itself.
class FailEnter:
    def __enter__(self):
        print("enter fails")
        raise ValueError("enter")
    def __exit__(self, *a):
        print("exit must not run")

class Good:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)

try:
    with Good(1), FailEnter(), Good(2):
        print("body never")
except ValueError as e:
    print("caught", e)

class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit raising, got", a[0].__name__ if a[0] else None)
        raise KeyError("from exit")

try:
    with FailExit():
        raise ValueError("body")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

class NoExit:
    def __enter__(self):
        return 1

class NoEnter:
    def __exit__(self, *a):
        pass

for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
