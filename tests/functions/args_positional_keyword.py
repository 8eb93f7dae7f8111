# Binding positional and keyword arguments to parameters.
def f(a, b, c=3, d=4):
    return (a, b, c, d)

print(f(1, 2))
print(f(1, 2, 5))
print(f(1, 2, d=9))
print(f(d=1, c=2, b=3, a=4))
print(f(1, c=7, b=8))
print(f(*[1, 2, 3]))
print(f(1, *(2,), **{"d": 0}))
print(f(**{"a": "x", "b": "y"}))

def g(x, y=None):
    return x, y

print(g(y=2, x=1))
print(g(x=[]))

def defaults_expressions(n=2 * 3, s="a" + "b", t=(1, 2)):
    return n, s, t

print(defaults_expressions())
print(defaults_expressions.__defaults__)

def none_returning(a):
    a.append(1)

print(none_returning([]))
result = f(
    1,
    2,
)
print(result)
