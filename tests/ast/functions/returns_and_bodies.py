def f():
    return
def f():
    return 1
def f():
    return 1, 2
def f():
    return *a, b
def f():
    """Docstring only."""
def f(): return 1
def f(): x = 1; return x
def outer():
    def inner():
        def innermost():
            return 0
        return innermost
    return inner
def f():
    ...
