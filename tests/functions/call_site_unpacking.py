# Unpacking at call sites with * and ** from many kinds of iterables and mappings.
def show(*args, **kwargs):
    print(args, sorted(kwargs.items()))

show(*[1, 2], *(3,), *"ab", *range(2))
show(*{10: "x", 20: "y"})
show(*{5})
show(*(i * i for i in range(4)))
show(**{"a": 1}, **{"b": 2})
show(1, *[2], 3, *[4], k=5, **{"j": 6})

class Mapping:
    def keys(self):
        print("keys called")
        return ["p", "q"]
    def __getitem__(self, key):
        print("getitem", key)
        return key.upper()

show(**Mapping())

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

show(*Seq())

def pair(a, b):
    return a, b

print(pair(*"xy"))
print(pair(**dict(b=2, a=1)))
for bad in ([1], [1, 2, 3]):
    try:
        pair(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
