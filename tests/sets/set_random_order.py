# pseudo-random adds and discards (fixed LCG): the printed order is
# CPython's hash-table order at every step
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
s = set()
for step in range(400):
    op = rnd(10)
    x = rnd(200) - 50
    if op < 6:
        s.add(x)
    elif op < 9:
        s.discard(x)
    else:
        s.add(x * 1000003)
    if step % 40 == 39:
        print(s)
f = frozenset(s)
print(f == s, len(f))
print(s - set(range(0, 200, 3)))
print(s & set(range(-50, 50)))
print(s ^ {1, 2, 3, 10 ** 12})
d = {}
for x in s:
    d[x] = x % 7
print(list(d)[:10] == list(s)[:10])
s2 = set()
for x in list(s)[::-1]:
    s2.add(x)
print(s2)
print({x * 8 for x in range(40)})
print({-x for x in range(30)})
print(set(range(10 ** 18, 10 ** 18 + 20)))
