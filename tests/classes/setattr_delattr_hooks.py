# __setattr__ and __delattr__ intercept all assignments and deletions.
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

obj = Logged()
obj.b = 2
obj.a += 10
print(vars(obj))
del obj.b
print(vars(obj))
setattr(obj, "c", 3)
delattr(obj, "c")
try:
    del obj.zzz
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: object is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")

fr = Frozen(5)
print(fr.x)
for action in ("set", "del"):
    try:
        if action == "set":
            fr.x = 6
        else:
            del fr.x
    except AttributeError as e:
        print(type(e).__name__, e)

class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        self.__dict__[name] = value * 2
v = Validated()
v.n = 4
print(v.n)
try:
    v.m = "x"
except TypeError as e:
    print(type(e).__name__, e)
