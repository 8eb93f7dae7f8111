# math functions on big integers and mixed int/float arguments.
import math

print(math.factorial(30))
print(math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.gcd(2 ** 64, 2 ** 40 * 3), math.gcd(-12, 18), math.gcd(), math.gcd(7))
print(math.lcm(), math.lcm(3, 5, 7), math.lcm(0, 5))
print(math.comb(50, 25), math.perm(10), math.perm(10, 0), math.comb(5, 10))
print(math.prod(range(1, 21)), math.prod([]), math.prod([2.5, 2]))
print(math.sqrt(10 ** 20), math.log(10 ** 100, 10), math.log2(2 ** 1000))
print(math.floor(10 ** 30 + 0.5) == 10 ** 30, math.ceil(7), math.trunc(10 ** 25))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.copysign(1, -0.0), math.fabs(-(2 ** 60)), math.exp(1) == math.e)
for label, fn in [("comb(-1, 2)", lambda: math.comb(-1, 2)), ("perm(3, -1)", lambda: math.perm(3, -1)),
                  ("gcd(1.5)", lambda: math.gcd(1.5)), ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
                  ("log(10**400)", lambda: math.log(10 ** 400) > 921), ("isqrt(2.0)", lambda: math.isqrt(2.0))]:
    try:
        print(label, fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)
