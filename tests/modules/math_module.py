# The math module: constants, functions, and its error messages.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.factorial(20), math.gcd(12, 18), math.gcd(0, 0), math.lcm(4, 6))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1) == math.pi / 4)
print(math.degrees(math.pi), math.radians(180) == math.pi, math.hypot(3, 4))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3))
print(math.copysign(3, -0.0), math.fmod(7, -3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.dist((0, 0), (3, 4)), math.remainder(10, 3))
for label, fn in [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)),
                  ("log(-1)", lambda: math.log(-1)), ("acos(2)", lambda: math.acos(2)),
                  ("exp(1000)", lambda: math.exp(1000)), ("factorial(-1)", lambda: math.factorial(-1)),
                  ("factorial(2.5)", lambda: math.factorial(2.5)), ("sqrt('x')", lambda: math.sqrt("x")),
                  ("isqrt(-1)", lambda: math.isqrt(-1)), ("pow(0, -1)", lambda: math.pow(0, -1)),
                  ("fmod(1, 0)", lambda: math.fmod(1, 0)), ("floor(inf)", lambda: math.floor(math.inf)),
                  ("floor(nan)", lambda: math.floor(math.nan))]:
    try:
        print(label, fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)
