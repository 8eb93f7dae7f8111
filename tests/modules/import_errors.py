# ImportError and ModuleNotFoundError for missing modules and names.
try:
    import nosuch
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    import nosuch.sub
except ImportError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    from nosuch_either import thing
except ImportError as e:
    print(type(e).__name__, e)

try:
    from helper_shapes import no_such_name
except ImportError as e:
    print(type(e).__name__, "| name:", e.name, "| is ModuleNotFoundError:", isinstance(e, ModuleNotFoundError))

try:
    import helper_shapes.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

try:
    from math import not_in_math
except ImportError as e:
    print(type(e).__name__, "| name:", e.name)

print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
e = ImportError("custom", name="modname")
print(e, e.name, e.args)
try:
    __import__("still_missing")
except ImportError as err:
    print(type(err).__name__, err)

from helper_shapes import *
print(square_area(2), "_private" in globals(), "load_count" in globals())
