# callable() of functions, classes, instances with and without __call__
class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(WithCall), callable(WithCall()))
print(callable(Without()), callable(5), callable("s"), callable(None), callable([].append), callable(str.upper))
print(WithCall()())
w = Without()
w.__call__ = lambda: 1
print(callable(w))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: Without()())
x = 5
t(lambda: x())
s = "s"
t(lambda: s())
n = None
t(lambda: n(1))
t(lambda: callable())
