# Module objects: attribute access, setattr/delattr, vars(), and __dict__.
import helper_counter as hc
import sys

print(hc.count, getattr(hc, "count"), hasattr(hc, "bump"))
hc.new_attr = "added from outside"
print(hc.new_attr, "new_attr" in vars(hc))
setattr(hc, "count", 100)
print(hc.bump())
del hc.new_attr
try:
    hc.new_attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del hc.never_there
except AttributeError as e:
    print(type(e).__name__, e)
print(hc.__dict__ is vars(hc), hc.__dict__["count"])
print(sorted(k for k in vars(hc) if not k.startswith("__")))
print(hc.__name__, hc.__doc__)
try:
    sys.nonexistent_attribute
except AttributeError as e:
    print(type(e).__name__, e)
module_type = type(sys)
m = module_type("made_by_hand", "its doc")
m.value = 1
print(m.__name__, m.__doc__, m.value, type(m).__name__)
print(repr(m))
