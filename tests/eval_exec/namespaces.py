# Default and explicit namespaces of eval and exec.
x = 10
def f():
    y = 5
    print(eval("x + y"))
    exec("z = x * y; print(z)")
    try:
        print(eval("[y * i for i in range(3)]"))
    except NameError as e:
        print("comprehension in eval cannot see function locals:", e)
    print(eval("[x * i for i in range(3)]"))
    g = {}
    exec("def h(a):\n    return a + q\nq = 7", g)
    print(g['h'](1), sorted(k for k in g if k != '__builtins__'))
    l = {}
    exec("w = 1\ndef k():\n    return w", g, l)
    try:
        l['k']()
    except NameError as e:
        print(type(e).__name__, e)
f()
exec("x = 99")
print(x)
print(eval("x", {"x": 1}), eval("x", {"x": 1}, {"x": 2}), eval("x", None, {"x": 3}))
code = compile("for i in range(3): total = total + i", "<loop>", "exec")
ns = {"total": 0}
exec(code, ns); exec(code, ns); print(ns["total"])
class C:
    a = 1
    b = eval("a + 1")
print(C.b)
