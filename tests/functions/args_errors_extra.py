# TypeError messages for too many, unexpected or duplicated arguments.
def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

def f(a, b):
    return a, b
def g(a, b=2):
    return a, b
def none():
    return "none"
def one(x):
    return x
def kw(a, *, k=1):
    return a, k
def po(a, b, /, c):
    return a, b, c

attempt(f, 1, 2, 3)
attempt(g, 1, 2, 3)
attempt(g, 1, 2, 3, 4)
attempt(none, 1)
attempt(one, 1, 2)
attempt(kw, 1, 2)
attempt(kw, 1, 2, k=3)
attempt(f, 1, 2, z=3)
attempt(f, 1, b=2, a=3)
attempt(f, 1, a=1)
attempt(po, 1, b=2, c=3)
attempt(po, a=1, b=2, c=3)
attempt(none, **{"x": 1})
attempt(one, 1, **{"x": 2})

class K:
    def m(self):
        return "m"
attempt(K().m, 1)
attempt(K.m)
