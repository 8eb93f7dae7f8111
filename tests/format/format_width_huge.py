# Width boundaries and very large precision
print(len(format("x", "1000")), len(format(1, "500")), len(format(1.5, ".300f")), format(1.0, ".60e")[:10])
print(len(f"{'':>{200}}"), f"{1/7:.{17}f}", format(10**50, ".5e"))
try:
    format(1, "99999999999999999999")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("x", ".99999999999999999999")
except ValueError as e:
    print(type(e).__name__, e)
