for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
else:
    print("while done", i)
data = [3, 8, 1]
if (n := len(data)) > 2:
    print(f"long list ({n})")
print([y for x in data if (y := x * 2) > 5])
try:
    x = int("5")
except ValueError:
    print("bad")
else:
    print("else ran", x)
finally:
    print("finally ran")


def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 0}))
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, c=1, a=2)
except TypeError as e:
    print(type(e).__name__, e)


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)


def append_to(x, lst=[]):
    lst.append(x)
    return lst


print(append_to(1), append_to(2))
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e)
lam = lambda *a, **k: (a, k)
print(lam(1, x=2), (lambda: 5)(), f.__defaults__, f.__kwdefaults__)
print(f.__name__, f.__code__.co_name)
x = 5
print("big" if x > 3 else "small", x > 3 and "yes" or "no", not x, x if x else None)
print(1 if [] else 2, None or 0 or "last", 0 and 1, [] == [], [] is [])
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
