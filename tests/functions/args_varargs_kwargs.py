# *args and **kwargs collection.
def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs

print(collect())
print(collect(1, 2))
print(collect(a=1, b=2))
print(collect(1, *[2, 3], x=4, **{"y": 5}))

def mixed(first, *rest, sep=", ", **opts):
    return first, rest, sep, opts

print(mixed(1))
print(mixed(1, 2, 3, sep="|", end="."))

def keys_order(**kw):
    return list(kw)

print(keys_order(z=1, a=2, m=3))
print(keys_order(**{"b": 1}, a=2, **{"c": 3}))

def modify(*args, **kwargs):
    kwargs["added"] = True
    return kwargs

source = {"k": 1}
print(modify(**source), source)

def forward(*args, **kwargs):
    return collect(*args, **kwargs)

print(forward(1, two=2))
print(collect(*"abc", **dict(x=1)))
print(collect(*range(3), *{7: 0}))

def named_star(*, a=1, **rest):
    return a, rest
print(named_star(b=2), named_star(a=0, c=3))
try:
    collect(**{1: "x"})
except TypeError as e:
    print(type(e).__name__, e)
