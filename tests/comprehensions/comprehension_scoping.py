# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = "outer x"
result = [x for x in range(3)]
print(result, x)

y = 10
print([y * 2 for _ in range(2)], y)

def f():
    items = [1, 2, 3]
    return [i * n for i in items for n in [len(items)]]
print(f())

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])

total = 5
print([total := total + i for i in range(3)], total)

try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)

print([v for v in (v for v in range(3))])
print({k: [k for k in range(k)] for k in range(3)})

def first_iterable_outside():
    data = [1, 2]
    gen = (d for d in data)
    data = [99]
    return list(gen)
print(first_iterable_outside())

def inner_iterable_inside():
    data = [1, 2]
    gen = (a + b for a in [0, 10] for b in data)
    data = [100]
    return list(gen)
print(inner_iterable_inside())
