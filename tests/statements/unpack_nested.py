# Nested tuple/list unpacking in assignments and for loops.
a, (b, c), [d, e] = 1, (2, 3), [4, 5]
print(a, b, c, d, e)
(x, y), z = "ab", "c"
print(x, y, z)
[p, [q, [r]]] = [1, [2, [3]]]
print(p, q, r)
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)]):
    print(i, name, score)
for (k1, k2), v in {("a", "b"): 1, ("c", "d"): 2}.items():
    print(k1, k2, v)
m, n = n, m = 1, 2
print(m, n)
first, second = {"one": 1, "two": 2}
print(first, second)
u, v, w = range(3)
print(u, v, w)
s1, s2 = iter([10, 20])
print(s1, s2)
class Box:
    pass
bx = Box()
bx.a, bx.b = 3, 4
print(bx.a, bx.b)
arr = [0, 0, 0]
arr[0], arr[2] = "L", "R"
print(arr)
i = 0
i, arr[i] = 1, "X"
print(i, arr)
