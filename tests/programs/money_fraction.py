import math


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError("both parts must be int")
        g = math.gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num = sign * num // g
        self.den = sign * den // g

    @classmethod
    def coerce(cls, x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return cls(x)
        return NotImplemented

    def _op(self, other, fn):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return fn(self, other)

    def __add__(self, o):
        return self._op(o, lambda a, b: Fraction(a.num * b.den + b.num * a.den, a.den * b.den))

    __radd__ = __add__

    def __sub__(self, o):
        return self._op(o, lambda a, b: Fraction(a.num * b.den - b.num * a.den, a.den * b.den))

    def __rsub__(self, o):
        return self._op(o, lambda a, b: b - a)

    def __mul__(self, o):
        return self._op(o, lambda a, b: Fraction(a.num * b.num, a.den * b.den))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return self._op(o, lambda a, b: Fraction(a.num * b.den, a.den * b.num))

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, o):
        o = Fraction.coerce(o)
        if o is NotImplemented:
            return o
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        return self._op(o, lambda a, b: a.num * b.den < b.num * a.den)

    def __gt__(self, o):
        return self._op(o, lambda a, b: a.num * b.den > b.num * a.den)

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __round__(self, ndigits=None):
        return round(float(self), ndigits) if ndigits is not None else round(self.num / self.den)

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(float(self), spec)


half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, third - 1, 1 - third, 2 * third)
print(repr(Fraction(6, -8)), Fraction(0, 5), -half, half ** 3, third ** -2)
print(half == Fraction(2, 4), half == 0.5, half != third, third < half, half <= half, half > third)
print(sorted([Fraction(3, 4), half, Fraction(-1, 3), Fraction(5, 6), 0]))
print(sum([Fraction(1, n) for n in range(1, 11)]))
h = sum(Fraction(1, 2 ** k) for k in range(1, 20))
print(h, float(h), int(h), round(h), round(h, 3))
print(f"{third:.5f} | {third} | {half:>8} | {Fraction(22, 7):e}")
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6), third}))
for bad in [lambda: Fraction(1, 0), lambda: Fraction(1.5, 2), lambda: half + 0.5, lambda: half < "x"]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
cents = [1999, 250, 5, 100000, -75]
for c in cents:
    sign = "-" if c < 0 else ""
    d, m = divmod(abs(c), 100)
    print(f"{sign}${d:,}.{m:02d}".rjust(14), round(c / 100, 1), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(math.floor(-3.5), math.ceil(-3.5), int(-3.5), -7 // 2, -7 % 2, 7 // -2, divmod(-7, 2), math.fsum([0.1] * 10), sum([0.1] * 10))
