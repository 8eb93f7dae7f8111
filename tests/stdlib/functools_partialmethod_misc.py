# partialmethod, cached_property inheritance, lru_cache on methods, reduce edge cases
import functools


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)
print(repr(Cell.__dict__["set_alive"]).startswith("functools.partialmethod(<function Cell.set_state"))


class Base:
    @functools.cached_property
    def expensive(self):
        print("computing in", type(self).__name__)
        return [1, 2, 3]


class Derived(Base):
    pass


d = Derived()
print(d.expensive, d.expensive is d.expensive, "expensive" in vars(d))


class Calculator:
    def __init__(self, factor):
        self.factor = factor

    @functools.lru_cache(maxsize=4)
    def scale(self, x):
        print("scale miss", x)
        return x * self.factor

    def __hash__(self):
        return hash(self.factor)

    def __eq__(self, other):
        return isinstance(other, Calculator) and self.factor == other.factor


a, b = Calculator(2), Calculator(2)
print(a.scale(3), a.scale(3), b.scale(3), Calculator(5).scale(3))
print(Calculator.scale.cache_info())
Calculator.scale.cache_clear()
print(Calculator.scale.cache_info())

print(functools.reduce(lambda a, b: a + b, [[1], [2], [3]]))
print(functools.reduce(lambda a, b: a * b, [], 1))
print(functools.reduce(str.__add__, ["x"]))
print(functools.reduce(lambda a, b: b, range(5)))
print(functools.reduce(max, iter([3, 8, 1])))


def tagged(tag):
    def deco(func):
        @functools.wraps(func)
        def inner(*args):
            return f"<{tag}>{func(*args)}</{tag}>"
        return inner
    return deco


@tagged("b")
@tagged("i")
def hello(name):
    "Greets."
    return "hello " + name


print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__wrapped__("y"))
p = functools.partial(functools.partial(print, "a"), "b", sep="-")
p("c")
print(p.args, sorted(p.keywords))
import functools
for t in [lambda: functools.cmp_to_key(1,2), lambda: functools.cmp_to_key(x=1), lambda: functools.cmp_to_key(mycmp=len), lambda: functools.cmp_to_key()]:
  try: print(type(t()).__name__)
  except Exception as e: print(type(e).__name__, e)
