# locals(), globals() and vars() contents (printed as sorted keys).
module_level = 1

def f(a, b=2):
    c = 3
    snapshot = locals()
    print(sorted(snapshot))
    print(snapshot["a"], snapshot["b"], snapshot["c"])
    d = 4
    print(sorted(locals()))

f(1)

def with_closure():
    captured = "cap"
    def inner():
        own = 1
        print(sorted(locals()))
        return captured
    inner()

with_closure()

g = globals()
print("module_level" in g, "f" in g, g["module_level"])
g["injected"] = "via globals()"
print(injected)
print(globals() is g)
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["__name__"])

class Spec:
    a = 1
    b = 2
    print(sorted(k for k in locals() if not k.startswith("__")))

obj = Spec()
obj.x = 10
obj.y = 20
print(vars(obj))
print(sorted(k for k in vars(Spec) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
