s = {1, 2, 3}
s |= s; print(s)
s ^= s; print(s)
s = {1, 2}
s -= s; print(s)
s = {1, 2}
s &= s; print(s)
s.update(s); print(s)
s.symmetric_difference_update(s); print(s)
s = {4}
s.difference_update(s); print(s)
s = {5}
print(s.union(s), s.intersection(s), s.issubset(s), s.isdisjoint(s), set().isdisjoint(set()))
