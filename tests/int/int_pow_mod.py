# pow(base, exp, mod) including negative exponents (modular inverse)
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(7, 0, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 10**18, 10**9 + 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97))
print(pow(10, -1, 10**9 + 7))
print(pow(12345678901234567890, 98765, 10**20 + 39))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 5.0)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(0, 0, 5), pow(5, 1, 1), pow(-1, -1, 5))
print(pow(2, 3, mod=5), pow(base=2, exp=5, mod=7))
print(pow(True, 2, 3), pow(2, True, 3))
for m in (1, 2, 3, 97, 2**61 - 1):
    print(m, pow(5, 12345, m))
