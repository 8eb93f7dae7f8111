s = {1}
print(s.update([2]), s.intersection_update([1, 2]), s.difference_update([]), s.symmetric_difference_update([3]))
print(s)
s.update(range(3), [9], (8,))
print(s)
s.intersection_update()
print(s)
s.difference_update(range(3), [9])
print(s)
for name in ("update", "intersection_update", "difference_update", "symmetric_difference_update"):
    try:
        getattr(s, name)(1)
    except TypeError as e:
        print(name, e)
