# Call arguments are evaluated left to right, before the function body runs.
def t(label, value=None):
    print("evaluate", label)
    return value if value is not None else label

def callee(*args, **kwargs):
    print("body runs with", args, sorted(kwargs.items()))

t("function", callee)(t("a"), t("b"), k=t("k"), j=t("j"))
print("---")
t("function", callee)(*t("star", [1, 2]), t("after star"), **t("mapping", {"m": 1}), z=t("z"))
print("---")
def with_defaults(a, b=t("default b at definition")):
    return a, b
print(with_defaults(t("call a")))
print("---")
class Obj:
    def method(self, x):
        print("method body", x)
def get_obj():
    print("evaluate object")
    return Obj()
get_obj().method(t("argument"))
print("---")
try:
    callee(t("first"), 1 / 0, t("never"))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("---")
try:
    t("not callable", 5)(t("argument still evaluated"))
except TypeError as e:
    print(type(e).__name__, e)
