# Dictionary views: set algebra on keys and items views, live views
# iterated while the dict changes between passes.
left = {i: i * 3 % 1000 for i in range(0, 60000, 2)}
right = {i: i * 3 % 1000 for i in range(0, 60000, 3)}
common = total = 0
for rnd in range(60):
    shared = left.keys() & right.keys()
    either = left.keys() | right.keys()
    only_left = left.keys() - right.keys()
    same_items = left.items() & right.items()
    common += len(shared) + len(same_items)
    total += len(either) - len(only_left)
    keys = left.keys()
    for k in keys:
        if k % 1000 == 0:
            total += 1
    for k, v in right.items():
        total += v & 1
    left[60000 + rnd] = rnd
    del right[rnd * 6]
print("dict_views", common, total, len(left), len(right), sorted(only_left)[:3])
