# int / int gives a correctly rounded float
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, 0 / -5)
print(6 / 3, type(6 / 3).__name__)
print(10**20 / 10**10, 2**53 / 1, (2**53 + 1) / 1)
print(10**400 / 10**399, (10**400 + 1) / 10**400)
print((2**1074) / 2**1075, 1 / 2**1074, 1 / 2**1075)
print(123456789123456789 / 1000)
try:
    print(10**400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(1 / 10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(-(0 / 1), (-0) / 1)
print(7 / 7.0, 1 / 0.5)
x = 9
x /= 3
print(x)
print((2**64) / (2**64 - 1))
print(1 / 7 * 7 == 1)
