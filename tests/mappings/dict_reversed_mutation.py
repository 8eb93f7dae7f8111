d = {1: 1, 2: 2, 3: 3}
r = reversed(d)
print(next(r))
d[4] = 4
try:
    next(r)
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
r = reversed(d.items())
print(next(r), next(r))
try:
    next(r)
except StopIteration:
    print("stop")
print(type(reversed({})).__name__, type(reversed({}.values())).__name__, type(reversed({}.items())).__name__)
