# Sign options +, -, space and z (negative zero coercion, 3.11)
for spec in ["", "+", "-", " ", "+.2f", " .2f", "z.2f", "z", "+z.1f", "z.0f", " z.3e", "zg", "z%"]:
    out = []
    for v in (1.5, -1.5, 0.0, -0.0, -0.001, 7, -7):
        try:
            out.append("[" + format(v, spec) + "]")
        except ValueError as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), " ".join(out))
print(format(float("nan"), "+"), format(float("-inf"), " "), format(-0.0, "z"), format(-1e-10, "z.3f"))
