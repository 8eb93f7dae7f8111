# ** and pow(): huge powers, negative exponents, float results
print(2**10, 2**0, 0**0, (-2)**3, (-2)**4, 1**1000)
print(3**200)
print(7**77 % 1000000007)
print(2**-1, 2**-2, 10**-3, (-2)**-1)
print(type(2**-1).__name__)
print(pow(2, 10), pow(-3, 3), pow(10, -2))
print(type((-8) ** (1 / 3)).__name__, (-8) ** 3, 8 ** (1 / 3))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(0, -2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(len(str(2**10000)), str(2**10000)[:20], str(2**10000)[-20:])
print(10**50)
print(-10**2, (-10)**2)
print(2**3**2, (2**3)**2)
print(pow(2, 0.5), 4**0.5, 8**(1/3))
x = 5
x **= 3
print(x)
print(int.__pow__(2, 5), (2).__rpow__(3))
try:
    print(pow(2, 10000.0))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
print((-1) ** 10**20, (-1) ** (10**20 + 1))
print(1 ** -5, (-1) ** -3)
