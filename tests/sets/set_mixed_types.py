s, f = {1, 2}, frozenset({2, 3})
for r in (s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s):
    print(type(r).__name__, sorted(r))
print(type(s.union(f)).__name__, type(f.union(s)).__name__)
print(type(f.intersection(s)).__name__, type(f.difference(s)).__name__)
print(type(f.symmetric_difference(s)).__name__)
s |= f
print(type(s).__name__, s)
g = f
g |= {9}
print(type(g).__name__, g is f, sorted(g), sorted(f))
