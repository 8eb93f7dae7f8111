# int() of floats truncates toward zero; inf and nan fail
for f in (0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e15, 1e16 + 1, 2.0**63, 2.0**64, -2.0**63,
          1e20, 1.5e300, 123456789.987654321):
    print(repr(f), int(f))
for f in (float("inf"), float("-inf"), float("nan")):
    try:
        print(int(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(1e308) == 10**308, int(1e308) - 10**308)
print(int(2.5), int(3.5), int(-2.5))
import math
print(math.trunc(-7.7), math.floor(-7.7), math.ceil(-7.7), round(-7.7))
print(type(math.floor(2.5)).__name__, type(round(2.5)).__name__)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("12") + int(12.9) + int(True))
