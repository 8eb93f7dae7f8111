# Range equality compares the sequences; hash follows equality
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 2, 5), range(3) == [0, 1, 2])
print(range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 9, 3), range(2) != range(3))
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)))
d = {range(3): "r"}
print(d[range(0, 3)], range(3) in d)
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
print(r := range(5), r.start, r.stop, r.step, range(1, 10, 2).stop)
try:
    r.start = 3
except AttributeError as e:
    print(type(e).__name__, e)
