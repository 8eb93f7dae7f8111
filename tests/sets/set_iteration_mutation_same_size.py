s = set(range(5))
seen = []
try:
    for x in s:
        seen.append(x)
        if x == 2:
            s.remove(0)
            s.add(100)
except RuntimeError as e:
    print(e)
print(len(s), sorted(s))
f = frozenset(range(3))
print(list(f), list(f))
