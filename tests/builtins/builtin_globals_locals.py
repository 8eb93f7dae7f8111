# globals() and locals(): reading, writing globals, locals snapshot in functions
counter = 1
g = globals()
print(g["counter"], "counter" in g, g["__name__"], type(g).__name__)
g["made_up"] = 42
print(made_up)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], locals()["x"]
print(g2())
def h():
    globals()["counter"] += 10
h()
print(counter)
class K:
    attr = 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.names)
print(globals() is globals(), sorted(k for k in globals() if not k.startswith("__"))[:5])
