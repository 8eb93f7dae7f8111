from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(e)
print(repr(deque()), repr(deque(maxlen=2)))
d = deque()
d.append(d)
print(d)
print(deque([3, 1]) < deque([3, 2]), deque([1]) == [1])
