# Positional-only parameters (/) and keyword-only parameters (*).
def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))
print(f(1, 2, 3, 4, e=5))

def pos_only_kwargs(a, /, **kwargs):
    return a, sorted(kwargs.items())

print(pos_only_kwargs(1, a=2))
print(pos_only_kwargs("x", b=1, a="dup"))

def only_pos(x, y=10, /):
    return x + y

print(only_pos(1), only_pos(1, 2))
try:
    only_pos(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    only_pos(1, y=2)
except TypeError as e:
    print(type(e).__name__, e)

def kw_only_no_default(*, required):
    return required

print(kw_only_no_default(required="yes"))
try:
    kw_only_no_default("positional")
except TypeError as e:
    print(type(e).__name__, e)

def star_then_kw(*args, last):
    return args, last

print(star_then_kw(1, 2, last=3))
try:
    star_then_kw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__defaults__, sorted(f.__kwdefaults__.items()))
