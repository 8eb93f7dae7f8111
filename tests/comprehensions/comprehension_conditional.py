# Conditional expressions in the element versus if-filters, and chained conditions.
nums = range(-3, 4)
print([n if n >= 0 else -n for n in nums])
print([n for n in nums if n >= 0])
print(["even" if n % 2 == 0 else "odd" for n in nums if n])
print([n for n in nums if n > -2 if n < 2])
print([n for n in nums if n > -2 and n < 2])
print([n for n in nums if not n])
print([(n, "pos" if n > 0 else "neg" if n < 0 else "zero") for n in nums])
print({n: (n > 0) for n in nums})
print([x for x in [0, 1, "", "a", None, [], [0]] if x])
print([x or "default" for x in ["", "given", None]])
print([a if a > b else b for a, b in zip([1, 5, 3], [4, 2, 3])])
print([c for c in "Hello World" if c.isupper() or c == " "])
def check(x):
    print("checking", x)
    return x % 2 == 0
print([x for x in range(4) if check(x) if x > 0])
print([(x if x else "zero") for x in range(3)])
