# AttributeError messages for instances, classes, modules and builtins.
import sys

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)

class C:
    pass

attempt("instance", lambda: C().x)
attempt("class", lambda: C.x)
attempt("int", lambda: (5).x)
attempt("str", lambda: "s".x)
attempt("list", lambda: [].x)
attempt("none", lambda: None.x)
attempt("type", lambda: int.x)
attempt("module", lambda: sys.nosuchattr)
attempt("set builtin attr", lambda: setattr([], "x", 1))
attempt("set int attr", lambda: setattr(1, "real", 2))
attempt("set object attr", lambda: setattr(object(), "x", 1))
attempt("set builtin type", lambda: setattr(int, "x", 1))
attempt("func attr", lambda: len.x)
attempt("method call", lambda: "s".nope())
attempt("none call", lambda: None.append(1))

class WithSlots:
    __slots__ = ()
attempt("slots", lambda: setattr(WithSlots(), "x", 1))
try:
    C().x
except AttributeError as e:
    print(e.args, e.name, type(e.obj).__name__)
