# TypeError messages for missing arguments.
def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

def f(a, b):
    return a, b
def g(a, b, c):
    return a, b, c
def h(a, *, k):
    return a, k
def h2(*, k1, k2):
    return k1, k2
def m(a, b, c, /):
    return a, b, c

attempt(f, 1)
attempt(f)
attempt(g)
attempt(g, 1)
attempt(g, c=1)
attempt(h, 1)
attempt(h, k=2)
attempt(h2)
attempt(h2, k2=1)
attempt(m, 1)
attempt(m)

class C:
    def method(self, x, y):
        return x, y
    @classmethod
    def cm(cls, z):
        return z
    @staticmethod
    def sm(w):
        return w

attempt(C().method, 1)
attempt(C.method, C())
attempt(C.cm)
attempt(C.sm)
attempt(lambda q: q)
