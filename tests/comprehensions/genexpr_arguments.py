# Generator expressions as sole function arguments, and where parentheses are required.
print(sum(x * x for x in range(5)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min((x for x in [3, 1, 2]), default=None))
print(sorted((c for c in "banana"), reverse=True))
print("".join(c.upper() for c in "abc"))
print(list(x for x in "hi"), tuple(x for x in "hi"), set(x for x in [1, 1]))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, -1]))
print(sum((x for x in range(3)), 10))
print(list(zip((x for x in "ab"), (y for y in range(5)))))
print(list(map(lambda p: p[0] * p[1], ((a, b) for a in range(3) for b in range(2)))))
g = (x for x in range(3))
print(list(enumerate(g, 1)))
def first(iterable):
    for item in iterable:
        return item
print(first(x for x in "xyz" if x > "x"))
print(next(n for n in range(100) if n * n > 50))
print(sum(1 for _ in "count me"))
print(" ".join(str(i) for i in range(3)))
print(list(i for i in range(3) if i))
