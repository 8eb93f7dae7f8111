# Generator expressions nested in each other and in comprehensions, with lazy evaluation shown.
def source(n):
    for i in range(n):
        print("source yields", i)
        yield i

squares = (x * x for x in source(3))
evens = (s for s in squares if s % 2 == 0)
print("pipeline built")
print(list(evens))

print(sum(sum(x for x in range(i)) for i in range(5)))
print([list(c for c in word) for word in ["ab", "c"]])
print({k: tuple(v for v in range(k)) for k in range(3)})
print(max((len(w), w) for w in "one three five".split()))

matrix = [[1, 2], [3, 4]]
print(list(list(row[i] for row in matrix) for i in range(2)))
gen_of_gens = ((i, (j for j in range(i))) for i in range(3))
for i, inner in gen_of_gens:
    print(i, list(inner))

lazy = (1 // x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(any(print("checked", x) or x > 1 for x in range(5)))
