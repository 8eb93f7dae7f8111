# Integer presentation types b c d o x X n and none, with #
for v in (0, 5, 255, -255, 2**70, True):
    print(v, [format(v, t) for t in ["", "d", "b", "o", "x", "X", "n", "#b", "#o", "#x", "#X"]])
print(format(65, "c"), format(0x1F600, "c"), format(10, "c") == "\n", repr(format(0, "c")))
print(format(42, "e"), format(42, "f"), format(42, "g"), format(42, "%"), format(42, ".2E"), format(-3, "F"))
print(format(10**20, "e"), format(2**60, "g"), format(7, ".0%"))
def t(v, spec):
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
t(42, "s")
t(42, ".2d")
t(42, ".2")
t(-1, "c")
t(0x110000, "c")
t(65, "+c")
t(65, "#c")
t(65, ",c")
t(42, "q")
t(42, "z")
t(42, "zd")
t(True, "s")
