# Aliasing of nested lists: shared rows, copies, and identity
row = [0, 0]
grid = [row, row]
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [row[:] for _ in range(2)]
grid2[0][1] = 5
print(grid2, row)
a = [[1, 2], [3, 4]]
b = a[:]
b[0].append(99)
b[1] = "replaced"
print(a, b)
c = list(a)
c[0] = c[0] + [100]
print(a[0], c[0])
d = [[]] * 3
d[1].append("x")
print(d)
e = [[] for _ in range(3)]
e[1].append("x")
print(e)
f = [1, 2, 3]
g = f
f = f + [4]
print(f, g)
h = g
g += [5]
print(h, g is h)
