# A globals dict's __builtins__ decides which builtins the code sees.
import builtins
print(eval("len('abc')", {"__builtins__": {"len": lambda s: "fake"}}))
try:
    eval("open('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("abs(-3)", {"__builtins__": builtins}))
safe = {"__builtins__": {"min": min, "max": max}}
print(eval("max(1, 5) - min(2, 3)", safe))
try:
    eval("[abs(x) for x in (1, -2)]", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
ns = {"__builtins__": {"print": lambda *a: builtins.print("custom:", *a)}}
exec("print('hi')\ndef f():\n    print('from f')\nf()", ns)
print(len("still normal"))
