# Circular imports see partially initialised modules.
print("main: importing a")
import helper_circular_a
print("main: a imported")
print(helper_circular_a.from_b())
import helper_circular_b
print(helper_circular_b.helper_circular_a is helper_circular_a)
print(helper_circular_a.helper_circular_b is helper_circular_b)
print(helper_circular_a.A_VALUE, helper_circular_b.B_VALUE)
import sys
print(sorted(name for name in sys.modules if name.startswith("helper_")))
