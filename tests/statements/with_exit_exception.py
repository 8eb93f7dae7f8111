# __exit__ receives the exception; returning true suppresses it.
class CM:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress

with CM("suppress", True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with CM("propagate", False):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

try:
    with CM("outer", False), CM("inner", True):
        raise RuntimeError("inner swallows")
    print("nothing reached outer")
except RuntimeError:
    print("unreachable")

try:
    with CM("outer2", True), CM("inner2", False):
        raise TypeError("outer swallows")
    print("outer suppressed")
except TypeError:
    print("unreachable")

class Truthy(CM):
    def __exit__(self, *args):
        super().__exit__(*args)
        return "non-empty string"

with Truthy("truthy", None):
    1 / 0
print("truthy return suppresses")

class Zero(CM):
    def __exit__(self, *args):
        super().__exit__(*args)
        return 0
try:
    with Zero("zero", None):
        [][1]
except IndexError as e:
    print("zero does not suppress", e)
