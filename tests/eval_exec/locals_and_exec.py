# locals() in a function returns one dict that exec can add names to (CPython 3.11).
def run(code):
    exec(code)
    return locals()["result"]
print(run("result = 6 * 7"))
def same():
    a = 1
    d1 = locals()
    b = 2
    d2 = locals()
    return d1 is d2, sorted(d2), sorted(d1)
print(same())
def deleted():
    x = 1
    d = locals()
    del x
    locals()
    return d
print(deleted())
def closure():
    v = 1
    def inner():
        return v
    w = 2
    return locals().keys()
print(sorted(closure()))
def f():
    y = 5
    exec("z = y * 2")
    return locals().get("z"), "z" in locals()
print(f())
def g():
    exec("q = 1")
    try:
        return q
    except NameError as e:
        return "NameError " + str(e)
print(g())
print([locals() is locals() for _ in range(1)])
