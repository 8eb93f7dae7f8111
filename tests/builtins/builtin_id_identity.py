# id() equality tracks object identity; small checks only (never printed values)
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
def ident(x):
    return x
print(id(ident(a)) == id(a), id(a[0]) == id(b[0]))
print(id(None) == id(None), id(True) == id(1 == 1), id(...) == id(Ellipsis))
s = set()
objs = [object() for _ in range(5)]
for o in objs:
    s.add(id(o))
print(len(s))
t = (a, a)
print(id(t[0]) == id(t[1]), t[0] is t[1])
x = []
y = x
x += [1]
print(id(x) == id(y), y)
p = (1,)
q = p
p += (2,)
print(id(p) == id(q), q)
