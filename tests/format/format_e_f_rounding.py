# Rounding in e and f formatting (correctly rounded, half-even on exact binary values)
for v in (0.125, 0.375, 2.5, 3.5, 0.5, 1.5, 2.675, 1.005, 1e-10, 123.456, 0.045, 9.995, 99.995, 0.0):
    print(repr(v), format(v, ".0f"), format(v, ".1f"), format(v, ".2f"), format(v, ".0e"), format(v, ".1e"), format(v, ".2e"))
print(format(1e22, "f"), format(1e23, "f"), format(2**64 + 0.0, ".1f"), format(1.5e-300, ".3e"))
print(format(5e-324, "e"), format(5e-324, ".20e"), format(1.7976931348623157e308, ".3e"))
print(format(0.1, ".30f"), format(1 / 3, ".25f"))
print(format(123456789.123456789, ".50f")[:40])
