# __new__ runs before __init__; __init__ is skipped when __new__ returns another type.
class Traced:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        instance = super().__new__(cls)
        instance.created_by_new = True
        return instance
    def __init__(self, value, flag=False):
        print("__init__", value, flag)
        self.value = value

t = Traced(5, flag=True)
print(t.value, t.created_by_new)

class ReturnsOther:
    def __new__(cls):
        print("__new__ returning an int")
        return 42
    def __init__(self):
        print("never printed")

print(ReturnsOther())

class Sub(Traced):
    pass
s = Sub("sub")
print(type(s).__name__)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyInit.__new__ is object.__new__)
