# math functions on floats and ints: result types and common values
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9))
print(type(math.floor(2.7)).__name__, type(math.ceil(2)).__name__, math.floor(10**20), math.floor(True))
print(math.sqrt(16), math.sqrt(2), math.isqrt(10**20 + 1), type(math.sqrt(4)).__name__)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.fabs(-3), math.copysign(1, -0.0), math.copysign(2.5, -1), math.fmod(-7, 2), math.fmod(7, -2))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(4, 6), math.gcd(2**80, 6**40))
print(math.factorial(20), math.factorial(0), math.comb(10, 3), math.perm(5, 2))
print(math.exp(0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.sqrt(-1))
t(lambda: math.log(0))
t(lambda: math.log(-1))
t(lambda: math.exp(1000))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(2.5))
t(lambda: math.floor("x"))
t(lambda: math.isqrt(-1))
