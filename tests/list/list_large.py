# Larger lists: building, summing, sorting, slicing
a = list(range(100000))
print(len(a), sum(a), a[-1], a[50000], sum(a[::1000]))
b = [x * 7919 % 10007 for x in range(10000)]
b.sort()
print(b[:5], b[-5:], len(set(b)))
c = b[::-1]
print(c[:3], c == sorted(b, reverse=True))
d = []
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        d.pop(0)
print(len(d), d[:5], d[-5:])
e = [[i] * (i % 4) for i in range(10)]
print(e, sum(len(x) for x in e))
