# next() with and without a default value.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))

def gen():
    yield "g"
g = gen()
print(next(g, "x"), next(g, "x"), next(g, "x"))

d = {"k": 1}
keys = iter(d)
print(next(keys), next(keys, "no more keys"))
print(next(iter(""), "empty string"), next(iter(range(0)), "empty range"))
print(next(iter({}), "empty dict"), next(iter(set()), "empty set"))

class Raising:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("not StopIteration")
try:
    next(Raising(), "default does not hide other errors")
except ValueError as e:
    print(type(e).__name__, e)
for bad in ([1], "s", 5):
    try:
        next(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
