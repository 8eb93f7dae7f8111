# str() and repr() of floats equal; str of floats inside containers uses repr
vals = [1.0, 10.0, 1e5, 1e15, 1e16, 1e-4, 1e-5, 123.456, -0.1, 3.0e-310, 1.0000000000000002, 0.9999999999999999]
for v in vals:
    print(str(v), repr(v), str(v) == repr(v), "%s" % v, "{}".format(v), f"{v}", format(v))
print([1.0, 2.5], str((0.1,)), {0.5: 1e20})
print(str(2.0 ** 100), str(2.0 ** -30), str(1e22), str(1e21), str(123456789012.0))
