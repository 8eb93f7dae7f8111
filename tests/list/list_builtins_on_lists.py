# Builtins used with lists: len, sum, min, max, any, all, enumerate, zip, map, filter
a = [4, -2, 7, 0, 3]
print(len(a), sum(a), min(a), max(a), any(a), all(a), sum(a, 10), sum([[1], [2]], []))
print(list(enumerate(a, 1)), list(zip(a, a[1:])), list(map(lambda v: v * 2, a)), list(filter(None, a)))
print(sorted(a), list(reversed(a)), a.index(max(a)), max(a, key=abs), min(a, key=lambda v: (v % 3, v)))
print([i for i, v in enumerate(a) if v > 0], dict(zip("abcde", a)), list(map(str, a)))
nested = [[3, 4], [1, 2], [5]]
print(sum(map(len, nested)), max(nested), min(nested, key=len), sorted(nested, key=sum))
print(len([]), sum([]), any([]), all([]), list(zip()), list(map(abs, [])))
