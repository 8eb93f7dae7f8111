# hash() of tuples of ints is deterministic; tuples as dict keys; unhashable contents
for t in [(), (1,), (1, 2), (2, 1), (1, 2, 3), (-1,), (-2,), ((1, 2), 3), (2**64, -(2**64)), (True, False),
          (0, 0), (1.0, 2.0), (10**30,)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)), hash(((),)) == hash(((),)))
d = {(1, 2): "a", (1, (2, 3)): "b"}
print(d[(1, 2)], d[1, (2, 3)], (1, 2) in d, d.get((2, 1)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {}): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
