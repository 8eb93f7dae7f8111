# reduce and partial as real programs use them
import functools
import operator
from functools import reduce, partial

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * x, range(1, 8), 1))
print(reduce(lambda a, b: a + b, [], 10))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + [b], "abc", []))

for bad in [lambda: reduce(operator.add, []),
            lambda: reduce(operator.add, 5),
            lambda: reduce(operator.add),
            lambda: reduce()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(7, mod=10))
print(square.func is power, square.args, square.keywords)

two_to = partial(power, 2)
print(two_to(10), two_to.args, two_to.keywords)

nested = partial(partial(power, 3), mod=5)
print(nested.func is power, nested.args, nested.keywords, nested(4))

r = repr(partial(power, 1, mod=3))
print(r.startswith("functools.partial(<function power at "), r.endswith(", 1, mod=3)"))

# keywords given at call time win
p = partial(power, exp=2)
print(p(3, exp=3))

# attributes are read-only, but a partial has a __dict__
try:
    p.func = max
except AttributeError as e:
    print("AttributeError", e)
p.note = "hi"
print(p.note, p.__dict__)

for bad in [lambda: partial(), lambda: partial(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# partial of a builtin and of a class
int2 = partial(int, base=2)
print(int2("1011"), list(map(int2, ["1", "10", "11"])))
mk = partial(dict, a=1)
print(mk(b=2))
print(sorted(["b", "A", "c"], key=partial(str.lower)))


class MyPartial(partial):
    pass


mp = MyPartial(power, 2)
print(type(mp).__name__, mp(5), repr(mp).startswith("MyPartial(<function power"))
