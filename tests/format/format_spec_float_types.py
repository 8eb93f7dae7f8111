# Float presentation types e E f F g G n % and none, with precision
vals = [0.0, 1.0, -2.5, 3.14159265, 1e-5, 1.5e-4, 123456.789, 1e16, 1.23e100, 5e-324, 0.5, 2.5, 1e15]
for v in vals:
    print(repr(v), [format(v, t) for t in ["", "e", "E", "f", "F", "g", "G", "n", "%", ".3", ".3g", ".0e", ".2f", ".1%", "#g", "#.0f", ".12g"]])
def t(v, spec):
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t(1.5, "d")
t(1.5, "x")
t(1.5, "c")
t(1.5, "s")
t(1.5, "b")
t(1.5, "#b")
t(1.5, ".")
t(1.5, ".f")
t(1.5, "..2f")
t(1.5, ".2.2f")
