# Builtin type names as they appear in error messages
import sys
values = [1, 1.5, 1j, "s", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), slice(1), len, iter([]),
          (x for x in []), {}.keys(), object(), int, ...]
for v in values:
    try:
        v.no_such_attribute
    except AttributeError as e:
        print(str(e).replace(" object has no attribute 'no_such_attribute'", "").replace("type object ", "type "))
for v in values[:12]:
    try:
        v @ v
    except TypeError as e:
        print(e)
