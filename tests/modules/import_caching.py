# A module runs once; later imports reuse the cached module object from sys.modules.
import sys
print("helper_shapes" in sys.modules)
import helper_shapes
import helper_shapes
import helper_shapes as again
print(again is helper_shapes, "helper_shapes" in sys.modules)
print(sys.modules["helper_shapes"] is helper_shapes)

import helper_counter
import helper_counter as hc
from helper_counter import bump
print(bump(), bump(), hc.bump())
print(helper_counter.count, hc.count)

def import_inside_function():
    import helper_counter
    return helper_counter.bump()
print(import_inside_function(), helper_counter.count)

from helper_counter import count
print("from-import copies the binding:", count)
helper_counter.bump()
print(count, helper_counter.count)
print(sys.modules["__main__"].__name__)
