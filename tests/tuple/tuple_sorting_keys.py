# Tuples as sort keys and lexicographic comparison details
rows = [("b", 2, 1.5), ("a", 2, 0.5), ("b", 1, 9.0), ("a", 10, 0.0), ("c", 2, -1.0)]
print(sorted(rows))
print(sorted(rows, key=lambda r: (r[1], r[0])))
print(sorted(rows, key=lambda r: (-r[1], r[2])))
print(max(rows), min(rows, key=lambda r: r[2]), sorted(rows, reverse=True)[0])
print((1, 2) < (1, 2, 3), (1, 3) > (1, 2, 99), (0,) < (1,), () == (), ("a", 1) < ("a", 1.5))
print((1, float("nan")) < (1, 2), (1, float("nan")) == (1, float("nan")), (2, float("nan")) > (1, 0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 1), (1, [2]) < (1, [3]), ((1, 2), 3) > ((1, 1), 99))
