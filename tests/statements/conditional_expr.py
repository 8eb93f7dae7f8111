# Conditional expressions: only the chosen branch is evaluated.
def v(name, value):
    print("eval", name)
    return value

print("yes" if True else "no")
print("yes" if 0 else "no")
print(v("then", 1) if v("cond", True) else v("else", 2))
print(v("then", 1) if v("cond", []) else v("else", 2))
x = 7
kind = "neg" if x < 0 else "zero" if x == 0 else "pos"
print(kind)
for n in (-1, 0, 1):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
f = (lambda a: a * 2) if x > 5 else (lambda a: a + 2)
print(f(10))
print([i if i % 2 else -i for i in range(6)])
print((1 if x else 2) + 10)
print(1 if x else 2 + 10)
result = None if not x else x ** 2
print(result)
print(1 / 0 if False else "no division")
