# __call__ makes instances callable; it is looked up on the type.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(Adder(0).n))
print(list(map(Adder(100), [1, 2])))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); c()
print(c.calls)

obj = Adder(1)
obj.__call__ = lambda x: "instance attribute ignored"
print(obj(1))

class NotCallable:
    pass
nc = NotCallable()
nc.__call__ = lambda: "still not callable"
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)

class Chain:
    def __call__(self, arg):
        print("called with", arg)
        return self
Chain()(1)(2)(3)
class CallableClassAttr:
    __call__ = Adder(1000)
print(CallableClassAttr()(1))
