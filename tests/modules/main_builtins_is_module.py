# In __main__, __builtins__ is the builtins module; other modules see its dict.
import builtins
import __main__
import helper_counter

print(type(__builtins__).__name__, __builtins__ is builtins)
print(__main__.__builtins__ is builtins, __builtins__.len([1, 2]))
print(type(helper_counter.__builtins__).__name__, helper_counter.__builtins__ is vars(builtins))
print(__builtins__.__name__, hasattr(__builtins__, "print"))
ns = {}
exec("x = len('abc')", ns)
print(ns["x"], type(ns["__builtins__"]).__name__)
print(eval("abs(-3)"), eval("__builtins__ is b", {"b": builtins, "__builtins__": builtins}))
