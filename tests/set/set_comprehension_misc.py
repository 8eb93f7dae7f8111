# Set comprehensions and set algebra identities
a = {x % 7 for x in range(30)}
b = {x * x % 10 for x in range(30)}
print(a, b, a & b, a | b, a - b, b - a, a ^ b)
print((a | b) - (a & b) == a ^ b, a - (a - b) == a & b, (a ^ b) ^ b == a, a <= a | b, a & b <= a)
s = set()
for w in "how much wood would a woodchuck chuck".split():
    s.add(len(w))
print(s, sorted(s), max(s), len(s))
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(evens & threes, sorted(evens ^ threes), evens.isdisjoint({1, 3}), threes.issuperset({0, 9}))
