# Instance __dict__ contents, __slots__ restrictions and class __dict__ names
class WithDict:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
w = WithDict()
print(w.__dict__, sorted(k for k in WithDict.__dict__ if not k.startswith("__")))
w.__dict__["c"] = 3
print(w.c, hasattr(w, "c"))
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, "y"), hasattr(s, "__dict__"))
def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
def set_z():
    s.z = 3
def get_y():
    return s.y
t(set_z)
t(get_y)
s.y = 2
print(s.x + s.y)
