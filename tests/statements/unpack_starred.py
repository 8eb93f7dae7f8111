# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8)
print(everything)
[x, *ys] = iter("xyz")
print(x, ys)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for h, *t in [(1, 2, 3), (4,), "ab"]:
    print(h, t)
head, *tail = {"only": 1}
print(head, tail)
print(type(rest).__name__, type(mid).__name__)
*s, = "ab"
print(s)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = (1,)
except ValueError as e:
    print(type(e).__name__, e)
