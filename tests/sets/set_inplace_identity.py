s = {1, 2}
t = s
s |= {3}; print(s is t, s)
s &= {1, 3}; print(s is t, s)
s -= {1}; print(s is t, s)
s ^= {4}; print(s is t, s)
f = frozenset([1])
g = f
f |= {2}
print(f is g, f, g)
