s = set()
s.add(1); s.add(1); s.add(2)
print(s, len(s))
s.remove(1)
print(s)
try:
    s.remove(1)
except KeyError as e:
    print("KeyError", e)
s.discard(99)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
s.update([1, 2], (3,), {4: 0})
print(s)
s.clear()
print(s)
c = {1, 2}
d = c.copy()
d.add(3)
print(c, d, c.copy() is c)
f = frozenset([1])
print(f.copy() is f, type(f.copy()).__name__)
try:
    s.remove([1])
except TypeError as e:
    print(e)
print(s.add(5), s)
