# Comprehension loop targets: tuples, nested tuples, starred, and attribute-free names.
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num != 2])
print([(b, a) for a, b in pairs])
nested = [((1, 2), "x"), ((3, 4), "y")]
print([a + b for (a, b), _ in nested])
print([label * a for (a, _), label in nested])
rows = [[1, 2, 3], [4, 5], [6]]
print([first for first, *rest in rows])
print([rest for first, *rest in rows])
print([(h, t) for h, *_, t in ["abc", "de", "fghi"]])
print({k: v for k, v in zip("abc", range(3))})
print(sorted({v for _, v in pairs}))
print([i for i, in [(1,), (2,)]])
print([[x, y] for [x, y] in [[1, 2], (3, 4)]])
points = {"p": (0, 1), "q": (2, 3)}
print({name: x + y for name, (x, y) in points.items()})
try:
    [a for a, b in ["xyz"]]
except ValueError as e:
    print(type(e).__name__, e)
try:
    [a for a, b in [5]]
except TypeError as e:
    print(type(e).__name__, e)
