# Reading slices of lists: steps, negatives, out of range
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3], a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[-1:-5:-1])
print(a[5:2], a[100:], a[-100:2], a[3:100], a[::100], a[::-100], a[10**20:], a[-10**20:1])
print(a[None:None:None], a[slice(2, 8, 3)], a[slice(None, None, -4)])
b = a[:]
b[0] = "changed"
print(a[0], b[0])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["1":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True:3], a[False::True])
