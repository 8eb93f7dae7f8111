class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @classmethod
    def from_roots(cls, *roots):
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        a = self.c + [0] * (n - len(self.c))
        b = other.c + [0] * (n - len(other.c))
        return Poly(x + y for x, y in zip(a, b))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if not isinstance(other, Poly):
            return Poly(a * other for a in self.c)
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(other.c) + 1)
        lead = other.c[-1]
        for i in range(len(rem) - len(other.c), -1, -1):
            q = rem[i + len(other.c) - 1] / lead
            if q == int(q):
                q = int(q)
            quot[i] = q
            for j, b in enumerate(other.c):
                rem[i + j] -= q * b
        return Poly(quot), Poly(rem[:len(other.c) - 1])

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i)

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def __getitem__(self, i):
        return self.c[i] if i < len(self.c) else 0

    def __iter__(self):
        return iter(self.c)

    def __str__(self):
        terms = []
        for i in range(self.degree, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        return text + "".join(f" {s} {t}" for s, t in terms[1:])

    def __repr__(self):
        return f"Poly({self.c})"


def newton(p, x0, steps=30):
    d = p.derivative()
    x = x0
    for _ in range(steps):
        x -= p(x) / d(x)
    return x


p = Poly.from_roots(1, -2, 3)
print(p, repr(p), p.degree, [p(x) for x in range(-3, 5)])
print(p.derivative(), p.derivative().derivative(), Poly([5]).derivative())
q = Poly([1, 1])
print(q ** 5, (q ** 5)(1), sum((q ** 5).c))
print(p + q, p - p, 3 * q, q * 0.5, 2 + q, -p)
quot, rem = divmod(p, Poly([-1, 1]))
print(quot, "|", rem, quot * Poly([-1, 1]) + rem == p)
quot, rem = divmod(Poly([1, 0, 0, 1]), Poly([1, 1]))
print(quot, "|", rem)
root = newton(Poly([-2, 0, 1]), 1.0)
print(root, root * root, f"{newton(p, 2.6):.12f}")
print(list(q ** 3), q[0], q[10], str(Poly([0, 0, -1])), str(Poly([])), Poly([1, 2]) == Poly([1, 2, 0]))
print(sorted([Poly([3]), Poly([1, 1]), Poly([0, 0, 1])], key=lambda p: (p.degree, p.c)))
