# Borg variants: __new__-based sharing, per-subclass state, and errors.
class BorgNew:
    _state = {}

    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj.__dict__ = cls._state
        return obj

    def __init__(self, tag=None):
        if tag is not None:
            self.tag = tag


x = BorgNew("first")
y = BorgNew()
print(x is y, y.tag, x.__dict__ is y.__dict__)
y.tag = "second"
print(x.tag)


class PerClassBorg:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._state = {}

    def __init__(self):
        self.__dict__ = type(self)._state


class Cache(PerClassBorg):
    pass


class Registry(PerClassBorg):
    pass


c1, c2, r1 = Cache(), Cache(), Registry()
c1.items = [1]
print(c2.items, hasattr(r1, "items"))
r1.items = ["r"]
print(c1.items, Registry().items)

obj = Cache()
for bad in (5, [("a", 1)], None):
    try:
        obj.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del obj.__dict__
except TypeError as e:
    print(type(e).__name__, e)


class StateDict(dict):
    def __repr__(self):
        return "StateDict(" + super().__repr__() + ")"


class Shared:
    _state = StateDict()

    def __init__(self):
        self.__dict__ = self._state


s1, s2 = Shared(), Shared()
s1.k = "v"
print(type(s2.__dict__).__name__, s2.k, s2.__dict__)


def f():
    pass


shared_fn_state = {"calls": 0}
f.__dict__ = shared_fn_state
f.calls += 1
print(shared_fn_state, f.__dict__ is shared_fn_state)

fresh = Cache()
fresh.extra = 1
del fresh.__dict__
print(fresh.__dict__, Cache._state)
try:
    del f.__dict__
except TypeError as e:
    print(type(e).__name__, e)
