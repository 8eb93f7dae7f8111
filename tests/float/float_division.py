# True division, floor division, modulo and their zero-division errors
for a, b in [(7.0, 2), (-7.0, 2), (7, -2.0), (-7.5, -2), (0.0, 3), (-0.0, 3), (1e300, 1e-300),
             (5.5, 0.1), (1.0, 0.1), (0.5, 1e-320), (-1e-300, 1e300)]:
    try:
        print(a, b, a / b, a // b, a % b, divmod(a, b))
    except OverflowError as e:
        print(type(e).__name__, e)
for f in (lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 0.0 / 0.0, lambda: 1.0 // 0, lambda: 1.0 % 0,
          lambda: divmod(1.0, 0.0), lambda: 5 // 0.0, lambda: 5 % 0.0, lambda: -0.0 / 0):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(-1e-20 % 1.0, 1e-20 % -1.0, -0.0 % 1.0, 0.0 % -1.0)
print(3.0 % float("inf"), -3.0 % float("inf"), 3.0 // float("inf"), -3.0 // float("inf"))
print(float("inf") % 2.0, float("inf") // 2.0, float("nan") % 1.0)
x = 10.0
x //= 3
print(x)
x %= 2.5
print(x)
