# range objects: length, indexing, slicing, containment, equality, and errors.
r = range(2, 20, 3)
print(r, list(r), len(r))
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2])
print(5 in r, 6 in r, 20 in r, 5.0 in r)
print(r.index(11), r.count(11), r.start, r.stop, r.step)
print(range(0) == range(5, 2), range(1, 5, 2) == range(1, 4, 2), range(3) == range(0, 3, 1))
print(list(range(5, 0, -2)), list(range(-3)), list(range(0, -5, -1)))
print(range(0, 10 ** 20, 3)[-1], range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(bool(range(0)), bool(range(1)))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
print(repr(range(0, 5)), repr(range(1, 5, 1)), str(range(3, 1, -1)))
