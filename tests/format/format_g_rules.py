# General format 'g': switch between fixed and exponent, trailing zeros, alternate form
for v in (0.0001, 0.00001, 123456.0, 1234567.0, 1e-4, 100.0, 1.0, 0.5, 1.23456789e-3, 9.9999995e5,
          999999.5, 1e100, 12.0, 1.10, -0.0):
    print(repr(v), [format(v, s) for s in ["g", ".1g", ".2g", ".6g", ".10g", "#g", "#.3g", "G", ".0g", ""]])
print(str(1e16), format(1e16, ""), format(1e16, "g"), format(123456789.0, ""), format(123456789.0, "g"))
print(format(0.1, ".17g"), format(0.1, ".20g"), format(1 / 3, ".0"), format(1 / 3, ".1"), format(2.5, ".1"))
