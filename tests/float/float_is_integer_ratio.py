# is_integer, as_integer_ratio, real/imag/conjugate
for v in (0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 0.1, 2.0**-1074, 1e16, 0.5, -0.75):
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.real, v.imag, v.conjugate())
print(float("inf").is_integer(), float("nan").is_integer())
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d.bit_length())
print(type((2.0).real).__name__, (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__())
print((2.5).__int__(), (2.5).__float__(), (-2.5).__abs__(), (2.5).__neg__(), (2.5).__bool__(), (0.0).__bool__())
try:
    (1.5).numerator
except AttributeError as e:
    print(type(e).__name__, e)
