# The % presentation type and n type
for v in (0, 1, 0.5, 0.123456, -0.0001, 1.5, 2**10, 1e-7, float("inf")):
    print(v, format(v, "%"), format(v, ".1%"), format(v, ".0%"), format(v, "10.2%") + "|", format(v, "n"), format(float(v), ".3n"))
print(format(12345.6789, "n"), format(10**12, "n"), format(-1234567, "n"), format(0.1, "n"))
try:
    format(5, ".3n")
except ValueError as e:
    print(type(e).__name__, e)
