# Mixed int arithmetic: precedence, augmented ops, chained operations
a, b, c = 17, -5, 3
print(a + b * c, (a + b) * c, a - b - c, a - (b - c), a ** 2, -a ** 2, (-a) ** 2)
print(a // b * b + a % b == a, a % c ** 2, a * b // c, a * (b // c), a << 2 + 1, (a << 2) + 1, a & 7 | 8, a ^ b & c)
print(~a + 1 == -a, -(-a), a // -1, -a // 1, abs(b) ** c, b ** 2 % c, 1 + 2 * 3 ** 2 // 4 - 5 % 3)
x = 10
x += 5
x -= 3
x *= -2
x //= 7
x %= 5
x **= 3
x <<= 2
x >>= 1
x &= 0xFF
x |= 0x100
x ^= 0x0F
print(x)
total = 0
for i in range(1, 101):
    total += i * i * (-1) ** i
print(total, sum(range(1, 101)) ** 2 - sum(i * i for i in range(1, 101)))
