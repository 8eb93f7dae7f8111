# getattr (with default), setattr, hasattr, delattr on simple classes
class Box:
    kind = "box"
    def __init__(self):
        self.size = 3
b = Box()
print(getattr(b, "size"), getattr(b, "kind"), getattr(b, "missing", "dflt"), getattr(b, "missing", None))
setattr(b, "color", "red")
print(b.color, hasattr(b, "color"), hasattr(b, "nothing"), hasattr(Box, "size"), hasattr(Box, "kind"))
delattr(b, "color")
print(hasattr(b, "color"))
setattr(Box, "shared", 1)
print(b.shared, getattr(Box, "shared"))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: getattr(b, "missing"))
t(lambda: getattr(b, 5))
t(lambda: setattr(b, 5, 1))
t(lambda: delattr(b, "missing"))
t(lambda: getattr(b))
t(lambda: setattr(5, "x", 1))
t(lambda: setattr("s", "upper", 1))
t(lambda: delattr(b, "size") or hasattr(b, "size"))
t(lambda: getattr(1, "real"))
t(lambda: getattr(None, "x"))
class Prop:
    @property
    def p(self):
        raise AttributeError("inner")
print(hasattr(Prop(), "p"), getattr(Prop(), "p", "fallback"))
class Boom:
    @property
    def p(self):
        raise ValueError("boom")
t(lambda: hasattr(Boom(), "p"))
