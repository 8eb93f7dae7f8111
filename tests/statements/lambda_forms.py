# lambda expressions: defaults, *args, **kwargs, closures, and attributes.
square = lambda x: x * x
print(square(7))
print((lambda: "no args")())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
var = lambda *args, **kw: (args, sorted(kw.items()))
print(var(1, 2, z=3, y=4))
kwonly = lambda *, key: key
print(kwonly(key="k"))
posonly = lambda a, /, b: (a, b)
print(posonly(1, b=2))
print(square.__name__, square.__qualname__)
def make():
    return lambda: 1
print(make().__qualname__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
nested = lambda x: lambda y: x * y
print(nested(3)(4))
cond = lambda x: "big" if x > 5 else "small"
print(cond(3), cond(9))
print((lambda x, y: (y, x))(*"ab"))
try:
    square()
except TypeError as e:
    print(type(e).__name__, e)
print(square.__defaults__, add.__defaults__, kwonly.__kwdefaults__)
