# raise ... from sets __cause__ and __suppress_context__.
def show(e):
    print(type(e).__name__, repr(e))
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress_context:", e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError as err:
        raise ValueError("bad config") from err
except ValueError as e:
    show(e)

try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    show(e)

try:
    raise TypeError("fresh") from OSError("unrelated cause")
except TypeError as e:
    show(e)

try:
    raise TypeError("from class") from KeyError
except TypeError as e:
    show(e)

e = ValueError("manual")
e.__cause__ = IndexError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
