# Generator expressions are lazy, except that the first iterable is evaluated immediately.
def source(label, items):
    print("evaluating iterable", label)
    return items

def transform(x):
    print("transform", x)
    return x * 10

g = (transform(x) for x in source("outer", [1, 2, 3]))
print("generator expression created")
print(next(g))
print("between")
print(list(g))

h = ((x, y) for x in source("first", "ab") for y in source("second", [1, 2]))
print("nested created")
print(list(h))

def check(x):
    print("check", x)
    return x % 2 == 0
evens = (x for x in range(5) if check(x))
print(next(evens))
print(next(evens))

try:
    bad = (x for x in 5)
except TypeError as e:
    print("error at creation:", type(e).__name__, e)
bad_later = (1 / x for x in [1, 0])
print(next(bad_later))
try:
    next(bad_later)
except ZeroDivisionError as e:
    print("error at consumption:", e)
print(type(g).__name__, iter(g) is g)
print(sum(x * x for x in range(10)), any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
