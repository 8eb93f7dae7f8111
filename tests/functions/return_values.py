# return forms: bare return, implicit None, tuples, early returns in loops.
def bare():
    return

def implicit():
    x = 1

def tuple_return():
    return 1, "two", [3]

def early(items):
    for i in items:
        if i < 0:
            return "negative found: " + str(i)
    return "all non-negative"

def multiple_exits(n):
    if n == 0:
        return "zero"
    if n % 2:
        return "odd"
    return "even"

print(bare(), implicit())
r = tuple_return()
print(r, type(r).__name__)
a, b, c = tuple_return()
print(a, b, c)
print(early([1, 2, -3, -4]), early([1]))
print([multiple_exits(n) for n in range(4)])

def returns_function():
    def inner():
        return "inner result"
    return inner

print(returns_function()())

def return_in_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n

print(return_in_while())
def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())
