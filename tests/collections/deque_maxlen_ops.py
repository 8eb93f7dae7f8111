from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d))
d.extendleft([10, 11])
print(d)
d.extend(range(100, 105))
print(d, d.maxlen)
z = deque([1, 2], maxlen=0)
z.append(1); z.appendleft(2)
print(z, len(z))
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
try:
    d.maxlen = 5
except AttributeError as e:
    print("AttributeError")
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print(e)
print(deque([1, 2, 3], 2))
