# reversed(range), iteration protocol and range in loops
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "stop"))
r = range(4)
print(list(r), list(r), [x * 2 for x in r], sum(r), max(r), min(r), sorted(r, reverse=True))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))), list(map(str, range(3))))
total = 0
for i in range(10, 0, -1):
    if i % 3 == 0:
        continue
    if i == 2:
        break
    total += i
print(total)
print(type(iter(range(1))).__name__, type(reversed(range(1))).__name__)
