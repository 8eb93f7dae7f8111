# PEP 562: a module's own __getattr__ answers missing names and its
# __dir__ decides what dir() lists.
import helper_lazy_attrs as lazy

print(lazy.answer, lazy.old_name, lazy.dyn_thing)
print(getattr(lazy, "dyn_other"), hasattr(lazy, "dyn_x"), hasattr(lazy, "missing"))
try:
    lazy.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(lazy))
print(lazy.__name__, "__getattr__" in vars(lazy))
from helper_lazy_attrs import dyn_imported, old_name
print(dyn_imported, old_name)
try:
    from helper_lazy_attrs import absent
except ImportError as e:
    # The message ends with the module's absolute path, which depends on
    # where the repository is.
    print(type(e).__name__, str(e).split(" (")[0])
import math
try:
    math.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print("pi" in dir(math))
