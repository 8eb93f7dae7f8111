# Tuples used as lightweight records: indexing, unpacking in loops, zip and dict conversions
points = [(0, 0), (3, 4), (-1, 2), (5, -12)]
for x, y in points:
    print(x, y, (x * x + y * y) ** 0.5)
xs, ys = zip(*points)
print(xs, ys, type(xs).__name__, dict(points), list(map(sum, points)))
nested = ((1, (2, 3)), (4, (5, 6)))
for a, (b, c) in nested:
    print(a + b + c, end=" ")
print()
pair = divmod(100, 7)
q, r = pair
print(pair, q, r, pair[0] * 7 + pair[1])
print(tuple(sorted((3, 1, 2))), tuple(reversed(points))[0], len(points[1]), points[1][-1])
