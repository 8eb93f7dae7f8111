# round() on ints with positive and negative ndigits (half to even)
print(round(5), round(5, 0), round(5, 2), round(-5, 1), type(round(5, 2)).__name__)
for n in (15, 25, 35, 45, -15, -25, 150, 250, 1234, 1250, 1350, -1250, 5, -5, 0):
    print(n, round(n, -1), round(n, -2), round(n, -3))
print(round(10**20 + 5 * 10**9, -10), round(10**20 + 15 * 10**9, -10))
print(round(123456789, -100), round(-123456789, -9), round(500000000, -9), round(1500000000, -9))
print(round(2**70, -5))
print(round(True, -1), round(7, None))
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("5")
except TypeError as e:
    print(type(e).__name__, e)
