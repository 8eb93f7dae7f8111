# Starred expressions in tuple/list/set/dict displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, 0, *b))
print({*a, *b, 2})
print([*"hi", *range(2)])
print({**{"x": 1}, "y": 2, **{"x": 3}})
print(*a, *b, sep="-")
t = *a, *b
print(t)
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*a, 9, *b, **{"k": 1}, j=2))
print(f(*[], **{}))
first, *_ = *b, *a
print(first, _)
print([*{1: "one", 2: "two"}])
print(len([*range(100)]))
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**[1]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"k": 1}, k=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
