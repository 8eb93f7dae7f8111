# import binds a name in the current scope, like an assignment.
def local_import():
    import helper_counter
    return "helper_counter" in locals(), "helper_counter" in globals()

print(local_import())

def local_from_import():
    from helper_counter import bump as local_bump
    return sorted(locals())

print(local_from_import())

class Holder:
    import helper_counter
    from math import sqrt

print(Holder.helper_counter.__name__, Holder.sqrt(9.0))
print(Holder().sqrt is Holder.sqrt)

def shadow_then_import():
    helper_counter = "a string first"
    before = helper_counter
    import helper_counter
    return before, type(helper_counter).__name__

print(shadow_then_import())

def import_unbound():
    try:
        print(math_alias)
    except NameError as e:
        print(type(e).__name__, e)
    import math as math_alias
    return math_alias.floor(1.5)

print(import_unbound())
import helper_counter
helper_counter = "rebound"
print(helper_counter)
import helper_counter
print(type(helper_counter).__name__)
