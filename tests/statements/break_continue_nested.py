# break and continue only affect the innermost loop; flags for outer exits.
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print("pair", i, j)
    else:
        print("inner finished for", i)

found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print("found", found, "row", row)

i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)

result = []
for x in range(10):
    if x == 7:
        break
    if x % 2 == 0:
        continue
    result.append(x)
print(result)

def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(search([[0, 1], [2, 3]], 3), search([[0]], 9))
