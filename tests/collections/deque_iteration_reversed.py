from collections import deque
d = deque(range(5))
print(list(reversed(d)), [x for x in d if x % 2])
it = iter(d)
print(next(it))
d.appendleft(-1)
try:
    next(it)
except RuntimeError as e:
    print(e)
d2 = deque([1, 2])
for x in d2:
    d2[0] = 9
print(d2)
e = deque()
print(list(e), list(reversed(e)), 1 in e, e.count(1))
print(deque([[1], [2]]).count([1]), deque([1, 2, 1]).count(1))
