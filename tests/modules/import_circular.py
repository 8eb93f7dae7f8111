# Circular imports see partially initialised modules.
print("main: importing a")
import helper_circular_a
print("main: a imported")
print(helper_circular_a.from_b())
print("main: importing b again does not re-run it")
import helper_circular_b
print(helper_circular_b.helper_circular_a is helper_circular_a)
print(helper_circular_a.helper_circular_b is helper_circular_b)
print(helper_circular_a.A_VALUE, helper_circular_b.B_VALUE)
import sys
print(sorted(name for name in sys.modules if name.startswith("helper_")))
from helper_circular_b import B_VALUE as b_value
print(b_value)
print(hasattr(helper_circular_b, "from_b"), hasattr(helper_circular_a, "from_b"))
