# Whole programs run by exec: functions, closures, classes, globals.
src = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def make_adder(k):
    def add(x):
        return x + k
    return add

class Greeter:
    greeting = "hi"
    def greet(self, who):
        return f"{self.greeting}, {who}"

result = [fib(i) for i in range(10)]
add5 = make_adder(5)
'''
ns = {}
exec(src, ns)
print(ns["result"], ns["add5"](1), ns["Greeter"]().greet("bob"), ns["Greeter"].__module__, ns["fib"].__module__)
print(ns["fib"].__globals__ is ns, ns["fib"].__qualname__)
mod_ns = {"__name__": "mymod"}
exec("class K: pass\ndef g(): pass", mod_ns)
print(mod_ns["K"], mod_ns["K"].__module__, mod_ns["g"].__module__)
def run():
    loc = {}
    exec("a = 1\nb = a + 1", globals(), loc)
    print(sorted(loc.items()))
    exec("import math\nr = math.sqrt(16)", {}, loc)
    print(loc["r"], "math" in loc)
run()
try:
    exec("x = 1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)

def boom():
    exec("def inner():\n    raise ValueError('bad')\ninner()")
try:
    boom()
except ValueError as e:
    print("caught", e)
print(eval("lambda a, b=2: a * b")(3))
counter = 0
exec("counter += 1\ncounter += 1")
print(counter)
g = {"data": [3, 1, 2]}
print(eval("sorted(data)", g), eval("max(data) - min(data)", g), eval("len", g))
print(eval("(lambda: __name__)()", {"__name__": "zz"}))
exec("global gv\ngv = 42")
print(gv)
def scoped():
    exec("global gw\ngw = 7")
scoped()
print(gw)
l = {"v": 1}
exec("v += 10", {}, l)
print(l)
c = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(c), exec(c), c.co_filename, c.co_name)
c2 = compile("print('side effect')\nvalue = 5", "<stmts>", "exec")
d = {}
print(eval(c2, d), d["value"])
exec("x = 1; print(x)")
exec("raise KeyError('k')")
