s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.clear()
try:
    next(it)
except RuntimeError as e:
    print(e)
s = {1, 2}
for x in s:
    s.discard(5)
print(s)
