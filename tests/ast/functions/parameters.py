def f(): pass
def f(a): pass
def f(a, b): pass
def f(a, b,): pass
def f(a=1): pass
def f(a, b=1, c=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *args, b, **kwargs): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a=1, /, b=2): pass
def f(a, /, *, b): pass
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def f(a, /, b, *, c,): pass
def f(**kwargs,): pass
def f(*args,): pass
