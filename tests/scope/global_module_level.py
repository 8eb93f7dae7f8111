# global at module level is allowed and harmless; globals() reflects updates.
global plain
plain = 1
print(plain)

def set_via_dict(name, value):
    globals()[name] = value

set_via_dict("dynamic", [1, 2])
print(dynamic)

def read_dynamic():
    return dynamic_late

set_via_dict("dynamic_late", "late binding")
print(read_dynamic())

names = {}
exec_like = globals().copy()
print("plain" in exec_like, "names" in exec_like)
x = 1
def modify_global_without_decl():
    return globals()["x"] + 1
print(modify_global_without_decl())
globals().update({"x": 50})
print(x)
print(globals().get("not_there", "default"))
print(sorted(k for k in globals() if k in ("x", "plain", "dynamic")))
