# Lambdas and nested functions created inside comprehensions.
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(100) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(100) for f in late])

def make(n):
    return lambda: n
made = [make(n) for n in "abc"]
print([f() for f in made])

gens = [(lambda: [m for m in range(k)]) for k in range(4)]
print([g() for g in gens])

def outer():
    factor = 3
    return [lambda v: v * factor for _ in range(2)]
print([f(5) for f in outer()])

table = {name: (lambda name=name: name.upper()) for name in ["x", "y"]}
print({k: f() for k, f in table.items()})

def counter_factory():
    counts = [0]
    def bump():
        counts[0] += 1
        return counts[0]
    return [bump() for _ in range(3)], counts
print(counter_factory())
nested = [[lambda i=i, j=j: (i, j) for j in range(2)] for i in range(2)]
print([f() for row in nested for f in row])
