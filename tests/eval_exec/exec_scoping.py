# How names resolve in exec'd code: globals, locals, builtins, closures.
ns = {}
exec("""
x = 1
def read_x():
    return x
def bump():
    global x
    x += 1
class K:
    y = x + 1
    def get(self):
        return self.y + x
""", ns)
print(ns["read_x"](), ns["K"].y, ns["K"]().get())
ns["bump"]()
ns["bump"]()
print(ns["x"], ns["read_x"](), ns["K"]().get())
print("__builtins__" in ns, sorted(k for k in ns if not k.startswith("__")))

g = {"shared": 10}
loc = {}
exec("local_only = shared * 2\ndef f():\n    return shared", g, loc)
print(sorted(loc), "local_only" in g, loc["f"]())

g2 = {}
exec("def outer():\n    v = 'closure'\n    def inner():\n        return v\n    return inner", g2)
print(g2["outer"]()())


def function_scope():
    a = 5
    result = eval("a + 1")
    space = {"a": a}
    exec("b = a * 2", globals(), space)
    return result, space["b"]


print(function_scope())


def uses_globals():
    exec("global made_here\nmade_here = 'yes'")
    return made_here


print(uses_globals(), made_here)

code = "total = 0\nfor i in range(5):\n    total += i\n"
exec(code)
print(total)

print(eval("len([1, 2, 3])", {}), eval("abs(-4)", {"abs": lambda v: "shadowed"}))
gl = {"__name__": "fake_module"}
exec("def who():\n    return __name__\nclass C: pass", gl)
print(gl["who"](), gl["C"].__module__, gl["who"].__module__)
print(eval("[(lambda q=i: q)() for i in range(3)]"))
nested = {}
exec("exec('inner_value = 99')", nested)
print(nested["inner_value"])
print(eval("eval('1 + 1')"))
try:
    exec("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_name", {})
except NameError as e:
    print(type(e).__name__, e)
