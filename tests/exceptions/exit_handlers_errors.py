# Exceptions raised inside __exit__ replace the body's exception and chain to it.
class Raiser:
    def __init__(self, name, fail):
        self.name = name
        self.fail = fail
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"{self.name}.__exit__ sees", repr(exc))
        if self.fail:
            raise RuntimeError(f"{self.name} failed")
        return False

try:
    with Raiser("a", True):
        raise ValueError("body error")
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

try:
    with Raiser("outer", False), Raiser("inner", True):
        raise KeyError("body")
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

try:
    with Raiser("outer", True), Raiser("inner", True):
        pass
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

class Suppressor:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True
with Suppressor():
    with Raiser("inner", True):
        raise ValueError("first")
print("suppressor swallowed everything")
