# Left and right shifts on positive, negative and big ints
for n in (1, -1, 5, -5, 255, -255, 2**64, -(2**64), 12345678901234567890):
    print(n, n << 1, n << 64, n >> 1, n >> 3, n >> 100)
print(1 << 0, 1 << 63, 1 << 64, 1 << 200)
print(-1 >> 1, -1 >> 1000, -2 >> 1, -3 >> 1, 3 >> 1)
print(0 << 1000, 0 >> 5)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(5 >> 10**30, -5 >> 10**30)
try:
    print(1 << 10**30)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
print(True << 3, (1 << 100) >> 98)
