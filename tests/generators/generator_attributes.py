# Generator object attributes: __name__, __qualname__, gi_running.
def simple():
    yield gen_self.gi_running

gen_self = simple()
print(gen_self.__name__, gen_self.__qualname__)
print(gen_self.gi_running)
print(next(gen_self))
print(gen_self.gi_running)

class Holder:
    def method(self):
        yield 1
h = Holder().method()
print(h.__name__, h.__qualname__)

def outer():
    def inner():
        yield
    return inner()
print(outer().__qualname__)

g = (x for x in [])
print(g.__name__, g.__qualname__)

def lifecycle():
    yield 1
l = lifecycle()
next(l)
list(l)
print("running after finish:", l.gi_running)
print(type(simple).__name__, type(simple()).__name__)
print(hasattr(l, "send"), hasattr(l, "throw"), hasattr(l, "close"))
