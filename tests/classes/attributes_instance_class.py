# Instance attributes shadow class attributes; class attributes are shared.
class C:
    shared = []
    kind = "class kind"

a = C()
b = C()
a.shared.append("from a")
print(b.shared, C.shared)
a.kind = "instance kind"
print(a.kind, b.kind, C.kind)
del a.kind
print(a.kind)
C.kind = "changed on class"
print(a.kind, b.kind)
a.shared = ["own list"]
print(a.shared, b.shared)
print(sorted(vars(a)), sorted(vars(b)))
print("kind" in vars(C), "shared" in C.__dict__)
setattr(b, "dynamic", 42)
print(getattr(b, "dynamic"), hasattr(b, "dynamic"), hasattr(a, "dynamic"))
print(getattr(a, "missing", "default"))
delattr(b, "dynamic")
print(hasattr(b, "dynamic"))
try:
    getattr(a, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.kind
except AttributeError as e:
    print(type(e).__name__, e)
C.new_class_attr = "added later"
print(a.new_class_attr)
try:
    setattr(a, 5, "x")
except TypeError as e:
    print(type(e).__name__, e)
