# sorted/min/max with keys on records and ties (first occurrence wins for min/max)
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: -p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(max(["bb", "a", "cc"], key=len), min(["bb", "a", "c"], key=len), max("abcABC", key=str.lower))
print(sorted([3, -1, -3, 1, 2], key=abs), sorted([3, -1, -3, 1, 2], key=abs, reverse=True))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: (x % 4, -x)))
