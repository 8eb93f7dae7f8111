# Default values and lambda bodies are evaluated in different scopes.
x = "module"

def f():
    x = "function"
    g = lambda y=x: (y, x)
    x = "changed"
    return g()

print(f())

def evaluated_at_def():
    values = []
    for v in range(3):
        values.append(lambda v=v * 10: v)
    return [fn() for fn in values]
print(evaluated_at_def())

class C:
    base = 5
    add = lambda self, n, b=base: n + b
    try:
        broken = (lambda: base)()
    except NameError as e:
        broken = "NameError: " + str(e)

print(C().add(1), C.broken)

def default_sees_enclosing():
    outer = "enclosing"
    def inner(v=outer):
        return v
    return inner()
print(default_sees_enclosing())

counter = 0
def default_side_effect(v=(counter := counter + 1)):
    return v
print(default_side_effect(), counter)
