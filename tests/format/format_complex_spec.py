# Format specs applied to complex numbers
for v in (1 + 2j, -1.5 - 0.25j, 3j, -0j, complex(1e20, 1e-20), complex(0.0, -0.0)):
    print(repr(v), [format(v, s) for s in ["", "g", ".2f", "e", "+", "^20", ".3g", "10.1f", "F", "G"]])
for spec in ["d", "%", "05", "=", "c"]:
    try:
        print(format(1 + 1j, spec))
    except ValueError as e:
        print(type(e).__name__, e)
