# **kwargs and parameter name collisions.
def f(a, **kw):
    return a, sorted(kw.items())

print(f(1, b=2))
print(f(a=1, b=2))
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)

def g(self, **kw):
    return self, kw
print(g(1, other=2))
print(g(self=3))

def h(*args, **kw):
    return args, kw
print(h(args=1, kw=2))

def pos(a, /, **kw):
    return a, kw
print(pos(1, a=2))

class M:
    def method(self, **kw):
        return sorted(kw)
print(M().method(self2=1, x=2))
try:
    M().method(self=1)
except TypeError as e:
    print(type(e).__name__, e)

def many(**kw):
    return len(kw)
print(many(**{str(i): i for i in range(50)}))
print(many(**{"not an identifier": 1, "1": 2}))
