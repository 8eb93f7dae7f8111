# Iterating while mutating, and iterator behaviour of lists
a = [1, 2, 3]
for x in a:
    if x < 3:
        a.append(x + 10)
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "done"))
c = [1, 2]
it = iter(c)
c.append(3)
print(list(it))
d = [5, 6, 7]
it = iter(d)
next(it)
d.clear()
print(list(it))
e = [0, 1, 2]
r = reversed(e)
e.append(3)
print(list(r))
f = list(range(5))
while f:
    print(f.pop(), end=" ")
print()
g = [1, 2, 3]
i = 0
while i < len(g):
    if g[i] == 2:
        del g[i]
    else:
        i += 1
print(g)
