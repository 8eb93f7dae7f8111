from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9, 10])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7), 7 in d, list(reversed(d)))
d.remove(7)
d.reverse()
print(d)
d.clear()
try:
    d.pop()
except IndexError as e:
    print(e)
try:
    d.popleft()
except IndexError as e:
    print(e)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(99)
print(b)
b.appendleft(-1)
print(b)
print(deque("ab") == deque("ab"), deque([1]) + deque([2]), deque([1, 2]) * 2)
d2 = deque([1, 2, 3])
d2[1] = 20
del d2[0]
print(d2, d2.copy(), bool(deque()))
d2.insert(1, 5)
print(d2)
try:
    deque([1]).remove(5)
except ValueError as e:
    print(e)
