# Calling things that are not callable, and builtins called badly.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

values = {"int": 5, "str": "text", "none": None, "list": [1, 2]}
for label in values:
    attempt(label, lambda: values[label]())
attempt("dict item", lambda: {"f": 1}["f"]())
class Plain:
    pass
attempt("instance", lambda: Plain()())
attempt("len kw", lambda: len(obj=[]))
attempt("len none", lambda: len())
attempt("len two", lambda: len([], []))
attempt("len int", lambda: len(5))
attempt("abs str", lambda: abs("x"))
attempt("int kw", lambda: int("5", bas=10))
attempt("isinstance one", lambda: isinstance(1))
attempt("max empty", lambda: max([]))
attempt("sorted pos", lambda: sorted([3, 1], lambda x: x))
attempt("print bad sep", lambda: print("a", sep=5))
attempt("divmod", lambda: divmod(1))
attempt("range float", lambda: range(1.5))
attempt("range none", lambda: range())
attempt("getattr one", lambda: getattr(Plain))
attempt("chr big", lambda: chr("a"))
