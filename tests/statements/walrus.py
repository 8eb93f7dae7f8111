# Assignment expressions (walrus operator).
if (n := len("hello")) > 3:
    print("long", n)

data = [1, 5, 2, 8, 3]
big = [y for x in data if (y := x * 2) > 5]
print(big, y)

values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("value", v)
print("stopped at", v)

def f():
    if (z := 10) and z > 5:
        return z
print(f())

total = 0
print([total := total + i for i in range(5)])
print(total)

print((a := 1, a + 1))
print(a)
print([(b := i) for i in range(3)], b)

def g():
    [w := k for k in "ab"]
    return w
print(g())

x = (q := 4) ** 2
print(x, q)
print(any((hit := i) > 2 for i in range(10)), hit)

def inner_scope():
    result = [last := c for c in "xyz"]
    return last, result
print(inner_scope())
