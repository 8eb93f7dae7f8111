from collections import OrderedDict
od = OrderedDict.fromkeys("abc", 0)
try:
    for k in od:
        od["new"] = 1
except RuntimeError as e:
    print(e)
od = OrderedDict.fromkeys("abc", 0)
try:
    for k in od:
        del od[k]
except RuntimeError as e:
    print(e)
od = OrderedDict.fromkeys("abc", 0)
for k in od:
    od[k] += 1
print(od)
try:
    for k, v in od.items():
        od.pop(k)
except RuntimeError as e:
    print(e)
print(list(od), list(od.keys()), list(od.values()), [k for k in reversed(od)])
