# Comprehensions have their own scope but can read the enclosing function's names.
def f():
    base = 10
    values = [base + i for i in range(3)]
    nested = [[base * i + j for j in range(2)] for i in range(2)]
    filtered = {k: v for k, v in zip("abc", range(3)) if v != base - 9}
    return values, nested, filtered

print(f())

def shadowed():
    i = "function i"
    result = [i for i in range(2)]
    return result, i

print(shadowed())

def closures_in_comprehension():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]

print(closures_in_comprehension())

def uses_later_assignment():
    fns = [lambda: later for _ in range(1)]
    later = "assigned after"
    return fns[0]()

print(uses_later_assignment())

def walrus_escapes():
    [last := x for x in range(4)]
    return last

print(walrus_escapes())

def iterable_evaluated_outside():
    data = [1, 2]
    return [x for x in data if x in data]

print(iterable_evaluated_outside())
