d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
for views in (d.keys, d.values, d.items):
    try:
        for _ in views():
            d["new" + str(len(d))] = 0
    except RuntimeError as e:
        print(views.__name__, e)
d = {1: 1, 2: 2, 3: 3}
for k, v in d.items():
    d[k] = v * 10
print(d)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d.pop(k); d[k] = 0
except RuntimeError as e:
    print("keys changed", e)
print(d)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
