# Formatting None, bools and containers: empty spec uses str(), others raise
for v in [None, True, False, [1, 2], (3,), {"a": 1}, {5}, range(3)]:
    print(repr(format(v)), repr(format(v, "")), "{}".format(v), f"{v!r:>15}")
print(format(True, "d"), format(True, "x"), format(False, ".2f"), format(True, "%"), format(True, "^5"))
for v, spec in [(None, "s"), (None, ">5"), ([1], "s"), ((1,), "^10"), ({}, "x")]:
    try:
        print(format(v, spec))
    except TypeError as e:
        print(type(e).__name__, e)
