a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), {1, 2} < a)
a.add(10); a.discard(99); a.remove(1)
print(a, len(a), 10 in a, sorted(a.union([7], (8,))))
try:
    a.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
fs = frozenset([1, 2])
print(fs, {fs: "ok"}[frozenset({2, 1})], fs | {3}, type(fs | {3}).__name__)
try:
    fs.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
print(set(), set("hello") == set("olleh"), {x % 3 for x in range(10)})
squares = {x: x * x for x in range(6) if x % 2 == 0}
print(squares)
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
flat = [v for row in nested for v in row if v]
print(flat)
gen = sum(x for x in range(10) if x % 3 == 0)
print(gen)
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w for w in words if w == w[::-1]], {w[0]: len(w) for w in words})
print([(x, y) for x in range(3) for y in range(x)], [x if x % 2 else -x for x in range(5)])
print(list(map(lambda t: t[0] * t[1], [(1, 2), (3, 4)])), [c.upper() for c in "abc"])
s = {3, 1, 2}
print(s.pop() in {1, 2, 3}, len(s))
s.clear()
print(s, set([1, 1, 2]), {1, 2} == {2, 1}, {1} == frozenset({1}))
print(sorted({"b", "a"}), max({5, 9, 2}), [x for x in {1}], {*"ab", *"bc"} == {"a", "b", "c"})
x = 10
lst = [x for x in range(3)]
print(x, lst)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
u = a.copy()
u.update({100}, [200])
u -= {2}
u &= {3, 100, 200, 4}
print(sorted(u), u.issubset(range(300)), u.issuperset({3}))
print({1, 2}.symmetric_difference([2, 3]), {1, 2}.difference({1}, {2}), {1, 2}.intersection([2], [2, 3]))
print([[y for y in range(x)] for x in range(3)], {(i, j) for i in range(2) for j in range(2)} >= {(0, 0)})
