import math

print(7 // 2, -7 // 2, 7 % -3, 2 ** 100, 10 ** -2, abs(-3.5), pow(2, 10, 1000), pow(3, -1, 7))
print(int("ff", 16), int("0b101", 0), int(3.99), int(-3.99), int("  42  "), hex(255), oct(8), bin(-5))
print(float("inf"), float("-inf") < 0, float("nan") == float("nan"), math.isnan(float("nan")))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), round(1234.5678, -2), round(0.125, 2))
print(1 / 3, 2 / 3, 10 / 4, 1e300 * 1e10, -1e300 * 1e10, 5e-324 / 2)
print((255).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(3.5.is_integer(), (2.5).as_integer_ratio(), float.fromhex("0x1.8p1"), (1.5).hex())
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), (1j) ** 2, complex("1+2j"))
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(10))
print(math.log(math.e), math.log10(1000), math.log2(8), math.trunc(-2.7), math.copysign(1, -0.0))
print(divmod(-7, 2), divmod(7.5, 2), 7.5 // 2, -7.5 % 2, max(1, 2.5, -1), min([3, 1, 2]))
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum(range(101)), sum([[1], [2]], []))
print(True + True, True * 10, int(True), float(False), 3 == 3.0, hash(3) == hash(3.0), 1 < 2 < 3)
for bad in ["abc", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float("x1")
except ValueError as e:
    print(type(e).__name__, e)
for expr in [lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** 10000.0,
             lambda: math.sqrt(-1), lambda: int(float("inf")), lambda: int(float("nan")),
             lambda: divmod(1, 0), lambda: 0 ** -1, lambda: math.log(0)]:
    try:
        print(expr())
    except (ArithmeticError, ValueError) as e:
        print(type(e).__name__, e)
print(f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{12:>5d}", f"{-12:05d}", f"{3.0:g}", f"{1e20:g}")
print(f"{255:X}", f"{255:o}", f"{0.5:.0%}", f"{12345:_}", f"{3.0:.3}", f"{2.0**0.5!r}")
print(format(3.14159, ".3"), format(1/3, ""), format(10, "c"), "%x %o %e" % (255, 8, 0.5))
print(int.__name__, (5).__class__, isinstance(True, int), type(1 + 1.0), type(2 ** -1))
print(round(7), type(round(7.2)), round(7.25, 1), math.inf, -math.inf, math.pi)
print(10 ** 20 // 3, -(10 ** 20) // 7, (10 ** 20) % 7, 2 ** 64 - 1, -(2 ** 63))
print(1_000_000, 0x_ff, 0o17, 0b1010, 1e3, 1.5e-3, 10 / 2, 3 * 1.1)
try:
    "5" + 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 < "5"
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
