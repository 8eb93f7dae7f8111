# copy (shallow) and reverse
a = [1, [2, 3], {"k": 4}]
b = a.copy()
print(a == b, a is b, a[1] is b[1])
b[1].append(99)
b[0] = "new"
print(a, b)
c = a[:]
c.append(5)
print(len(a), len(c))
r = list(range(7))
print(r.reverse(), r)
r.reverse()
print(r)
e = []
e.reverse()
print(e, [1].copy())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1].copy(1))
t(lambda: [1].reverse(True))
