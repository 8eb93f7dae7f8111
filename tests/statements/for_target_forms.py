# for-loop targets can be attributes, subscripts, and starred tuples.
class NS:
    pass

ns = NS()
for ns.value in range(3):
    print("attr target", ns.value)
print("final", ns.value)

slots = [None, None]
for slots[0] in "ab":
    print("subscript target", slots)

d = {}
for d["key"] in [1, 2]:
    pass
print(d)

for a, *rest in ["abc", "de"]:
    print(a, rest)

for (x, y), z in [((1, 2), 3)]:
    print(x, y, z)

for i, in [(1,), (2,)]:
    print("single-element unpack", i)

for _ in range(2):
    print("underscore", _)

counts = {}
for key in "mississippi":
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))

items = [[1, 2], [3, 4]]
for pair in items:
    pair[0], pair[1] = pair[1], pair[0]
print(items)
