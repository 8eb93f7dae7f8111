import importlib
import sys

shapes = importlib.import_module("helper_shapes")
print(shapes.__name__, shapes is sys.modules["helper_shapes"])
print(importlib.import_module("math").sqrt(9.0))
collections_abc = importlib.import_module("collections.abc")
print(collections_abc.__name__)
try:
    importlib.import_module("no_such_module_for_importlib")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".relative")
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.invalidate_caches())
