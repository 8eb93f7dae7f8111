# round() with floats: half to even, ndigits, exactness of binary values
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), round(4.5))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, 2), round(1234.5678, -2), round(1234.5678, 0), round(-1234.5678, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(-0.4), round(-0.0, 1), round(0.0), round(5e-324, 5), round(1e300, -299), round(1e300, 2))
print(round(123.456, 10), round(123.456, 400), round(123.456, -400), round(-123.456, -400))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(2.5e15 + 0.5), round(1e16), round(1.23456789e20, -19))
print(round(float("inf"), 2), round(float("nan"), 2), round(float("-inf"), -2))
for x in (0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95):
    print(x, round(x, 1))
try:
    round(1e308, -308) and print(round(1.7e308, -308))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
