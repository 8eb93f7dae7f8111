# Big integers: factorials and a spigot computation of pi digits.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


digits = pi_digits(3500)
f = 1
for i in range(2, 15000):
    f *= i
fact_digits = f.bit_length()
fib_a, fib_b = 0, 1
for _ in range(50000):
    fib_a, fib_b = fib_b, fib_a + fib_b
print("bigint_digits", "".join(map(str, digits[:20])), sum(digits), fact_digits, fib_a % 1000000007, fib_a.bit_length())
