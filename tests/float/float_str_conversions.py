# str() and repr() of floats equal; str of floats inside containers uses repr
vals = [1.0, 10.0, 1e5, 1e15, 1e16, 1e-4, 1e-5, 123.456, -0.1, 3.0e-310, 1.0000000000000002, 0.9999999999999999]
for v in vals:
    print(str(v), repr(v), str(v) == repr(v), "%s" % v, "{}".format(v), f"{v}", format(v))
print([1.0, 2.5], str((0.1,)), {0.5: 1e20})
print(str(2.0 ** 100), str(2.0 ** -30), str(1e22), str(1e21), str(123456789012.0))
for text in ["1.0", "1.", "1e0", "10e-1", "0.10e1", "+1.000", "100e-2", "0.000001e6"]:
    f = float(text)
    print(text, f, repr(f), str(f), f == 1.0)
print(str(-1e-7), str(-1e16), str(1.0e-4), str(1.5e300 * 1e10), str(-float("nan")), str(float("-inf")))
