# Float arithmetic, mixed int/float, special values
print(1.5 + 2, 2 - 0.5, 3 * 0.1, 7.0 / 2, 1 + 1e-16, 1 + 1e-15)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf * -inf, inf / inf, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan is nan, nan < 1, nan >= nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(2.0 ** 0.5, (-8.0) ** 2, 10.0 ** -2, 0.0 ** 0, inf ** 0, nan ** 0, 1 ** nan)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -(0.0))
print(3.5 - 3.5, -(3.5 - 3.5))
print(sum([0.1] * 10), 0.1 * 10)
x = 1.5
x += 1
x *= 3
x -= 0.5
x /= 2
print(x)
print(1e16 + 1.0 == 1e16, 1e15 + 1.0 == 1e15)
print(abs(-2.5), abs(-0.0), abs(-inf), abs(nan))
print(-2.5 // 1, -2.5 % 1, 2.5 // -1, 2.5 % -1)
print(1.0.__add__(2), (1.0).__radd__(2), (2.0).__rsub__(5), (2.0).__rtruediv__(1))
