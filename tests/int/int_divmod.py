# divmod() on ints, mixed int/float, and errors
for a in (17, -17, 0, 10**25 + 3, -(10**25) - 3):
    for b in (5, -5, 10**12 + 1, -(2**70)):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
print(divmod(7, 2.0), divmod(-7, 2.0), divmod(7.5, -2))
print(divmod(True, True))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(divmod(5, 2)).__name__, (5).__divmod__(2), (5).__rdivmod__(17))
