print({x % 7 for x in range(30)})
print({x * 31 for x in range(12)})
print(frozenset(x for x in range(64, 0, -8)))
print({n for n in [200, 100, 300, 400, 150]})
s = set(range(32))
s -= set(range(8, 24))
print(s)
s |= {1000, 64}
print(s)
