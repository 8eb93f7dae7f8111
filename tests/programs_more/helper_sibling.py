"""Helper module imported by import_sibling.py."""
GREETING = "hello"
_private = "hidden"
calls = 0


def greet(name):
    global calls
    calls += 1
    return f"{GREETING}, {name}!"


class Widget:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Widget({self.n})"


print("helper_sibling loaded as", __name__)
