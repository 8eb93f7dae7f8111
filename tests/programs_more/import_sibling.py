import helper_sibling
import helper_sibling as sh
from helper_sibling import greet, Widget
from helper_sibling import *

print(helper_sibling is sh, greet("ann"), sh.calls)
print(Widget(3), GREETING, sh.__name__, sh.__doc__)
try:
    print(_private)
except NameError as e:
    print(type(e).__name__, e)
print(sh._private)
try:
    from helper_sibling import nothing_here
except ImportError as e:
    # The message ends with the module's absolute path, which depends on
    # where the repository is.
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import sys
print("helper_sibling" in sys.modules, __name__)
print(sorted(n for n in dir(sh) if not n.startswith("__")))
sh.GREETING = "hi"
print(greet("bob"), sh.calls)
try:
    sh.missing
except AttributeError as e:
    print(type(e).__name__, e)
import importlib
m = importlib.import_module("helper_sibling")
print(m is sh)
