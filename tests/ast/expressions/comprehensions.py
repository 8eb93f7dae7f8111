[x for x in y]
[x for x in y if x]
[x for x in y if a if b]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(x, y) for x, y in pairs]
[x for x, in singles]
{x for x in y}
{k: v for k, v in items}
{k: v for k in a for v in b}
(x for x in y)
[x for x in (y if a else b)]
[[x for x in row] for row in matrix]
[x async for x in y]
[(y := f(x)) for x in data]
[x for x in range(3) if (z := x)]
