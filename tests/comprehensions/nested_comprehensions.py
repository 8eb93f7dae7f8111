# Nested loops inside one comprehension versus nested comprehensions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 10 for x in row] for row in matrix])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print([[(i, j) for j in range(i)] for i in range(4)])
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([sum(x for x in row) for row in matrix])
words = ["apple", "banana", "cherry"]
print([c for w in words for c in w if c in "aeiou"])
print({w: [i for i, c in enumerate(w) if c == "a"] for w in words})
grid = [["." for _ in range(4)] for _ in range(2)]
grid[0][1] = "#"
print(grid)
shared = [["."] * 4] * 2
shared[0][1] = "#"
print(shared)
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])
