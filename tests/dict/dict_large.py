# Larger dicts: many inserts and deletes keep order and content
d = {}
for i in range(10000):
    d[i * 7 % 10007] = i
print(len(d), sum(d), sum(d.values()), list(d)[:5], list(d)[-3:])
for i in range(0, 10000, 2):
    del d[i * 7 % 10007]
print(len(d), list(d)[:5], list(d.values())[:5])
for i in range(5):
    d[-i] = "new"
print(list(d.items())[-6:])
s = {str(i): i for i in range(1000)}
print(s["999"], len(s), list(s)[:3], sum(s.values()))
t = {(i, i % 3): i for i in range(100)}
print(t[(50, 2)], len(t), list(t)[97:])
