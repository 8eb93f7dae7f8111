# Closures created in loops all see the final value unless bound as defaults.
callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([cb() for cb in callbacks])
i = 100
print([cb() for cb in callbacks])

bound = [lambda i=i: i for i in range(3)]
print([cb() for cb in bound])

comp = [lambda: j for j in range(3)]
print([cb() for cb in comp])

def make_closures():
    result = []
    for name in ["a", "b", "c"]:
        def show():
            return name
        result.append(show)
    return result
print([f() for f in make_closures()])

def make_fresh():
    def bind(value):
        return lambda: value
    return [bind(n) for n in "xyz"]
print([f() for f in make_fresh()])

gens = [(lambda: k) for k in range(2)]
print(gens[0](), gens[1]())

def while_closures():
    fns = []
    n = 0
    while n < 3:
        fns.append(lambda: n)
        n += 1
    return [f() for f in fns]
print(while_closures())
