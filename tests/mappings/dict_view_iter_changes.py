d = {1: 1}
it = iter(d.items())
print(next(it))
try:
    next(it)
except StopIteration:
    print("stop")
d[2] = 2
try:
    next(it)
except StopIteration:
    print("stop after exhausted")
d = dict.fromkeys(range(5))
it = iter(d.values())
next(it)
del d[4]
try:
    list(it)
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
it = iter(d)
del d[1]
d[3] = 3
try:
    print(list(it))
except RuntimeError as e:
    print(e)
print(len(iter({1: 2}.keys()).__length_hint__.__name__))
it = iter({1: 2, 3: 4}.items())
print(it.__length_hint__()); next(it); print(it.__length_hint__())
