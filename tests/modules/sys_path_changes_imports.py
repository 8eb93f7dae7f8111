# Changes a program makes to sys.path decide where import looks.
import sys

try:
    import helper_only_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path.insert(0, "helper_pathdir")
sys.path.append(42)
import helper_only_here

print(helper_only_here.VALUE, helper_only_here.__name__)
print("helper_only_here" in sys.modules)
del sys.modules["helper_only_here"]
sys.path.remove("helper_pathdir")
try:
    import helper_only_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import math

print(math.sqrt(4.0))
