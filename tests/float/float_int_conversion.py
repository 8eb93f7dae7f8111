# Conversions between ints and floats, precision loss, overflow
for n in (0, 1, -1, 2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**63, 2**64 - 1, 10**17 + 1, 10**308, -(10**308)):
    f = float(n)
    print(n, repr(f), int(f) - n)
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2**1024 + 0.5
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2**1024 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2**1023), float(2**1023 + 2**970))
print(repr(float(2**1024 - 2**971)))
print(1 + 2.0, type(1 + 2.0).__name__, 3 * 1.0, type(True + 0.0).__name__)
print(int(1e20), int(-1e-20), int(9.999999999999999e22))
print(float("1" * 20), int(float("1" * 20)))
print(10**20 / 3, 10**20 // 3.0, 10**20 % 3.0)
