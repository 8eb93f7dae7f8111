# Floor division and modulo: signs follow the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20),
         (10**20, 7), (-10**20, 7), (10**20, -7), (2**64 + 1, 2**32), (-(2**64) - 1, 2**32)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
for a, b in [(1, 0), (-5, 0), (10**30, 0), (0, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
