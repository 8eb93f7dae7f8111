# Sets of large and negative integers; order as CPython prints them
print({2**32, 2**33, 2**34}, {-(2**63), 2**63, 0})
print({10**20, 10**19, 10**18})
s = set(range(-10, 10, 3))
print(s)
print(set(range(1000, 1100, 7)))
t = {i * 1000003 % 997 for i in range(30)}
print(t, len(t))
u = set()
for i in range(64):
    u.add(i * 64)
print(len(u), sum(u), min(u), max(u))
print({-1, -2, -3, -4, 1, 2, 3, 4})
