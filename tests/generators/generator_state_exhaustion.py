# An exhausted generator stays exhausted; a raising generator is finished afterwards.
def two():
    yield 1
    yield 2

g = two()
print(list(g), list(g), next(g, "exhausted"))
for x in g:
    print("never")

def raises_midway():
    yield "ok"
    raise ValueError("midway")
    yield "unreachable"

r = raises_midway()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("raised", e)
print(next(r, "finished after exception"))

def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print([next(c) for _ in range(3)])
d = counter()
print(next(d), next(c))

g1 = two()
g2 = two()
print(next(g1), next(g1), next(g2))
print(g1 is iter(g1))
gen = two()
print(list(zip(gen, gen)))
gen = two()
first = next(gen)
print(first, list(gen))
