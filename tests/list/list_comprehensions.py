# List comprehensions: filters, nesting, scoping, conditional expressions
print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
print(["even" if x % 2 == 0 else "odd" for x in range(4)], [c.upper() for c in "abc" if c != "b"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1], [[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x > 4], sum([x for x in range(101)]))
x = "outer"
print([x for x in range(3)], x)
print([y := 10, y * 2], [(z := i) for i in range(3)], z)
print([len(w) for w in "the quick brown fox".split()], [w for w in ["", "a", ""] if w])
print([[0] * 3 for _ in range(2)], [i for i in []], [n for n in range(10) if n in {2, 3, 5, 7}])
