# Function decorators: order of application, decorators with arguments.
def trace(fn):
    print("decorating", fn.__name__)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper

def tag(label):
    print("making tag", label)
    def deco(fn):
        print("applying tag", label, "to", fn.__name__)
        fn.label = label
        return fn
    return deco

@trace
def add(a, b):
    return a + b

print(add.__name__)
print(add(2, b=3))

@tag("outer")
@tag("inner")
def f():
    return "f"

print(f.label, f())

registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def one(): pass
@register
def two(): pass
print(registry)

@lambda fn: fn()
def computed():
    return 42
print(computed)

decos = {"double": lambda fn: lambda x: fn(x) * 2}
@decos["double"]
def inc(x):
    return x + 1
print(inc(5))

def replace_with_none(fn):
    return None
@replace_with_none
def gone():
    pass
print(gone)
