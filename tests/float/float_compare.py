# Float comparisons, nan semantics, -0.0, and with ints
nan = float("nan")
inf = float("inf")
print(0.0 == -0.0, 0.0 < -0.0, -0.0 < 0.0, 1.0 < inf, -inf < -1e308, inf == inf, inf > 10**1000)
print(nan == nan, nan != nan, nan < inf, nan > -inf, [nan] == [nan], nan in [nan], (nan,) == (nan,))
x = float("nan")
print([x] == [x], [x] == [float("nan")], x in [float("nan")])
print(sorted([3.5, -1.0, 2, 0.0, -0.0, 1e-9]))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(max(1.0, nan), max(nan, 1.0), min(nan, 1.0), min(1.0, nan))
print(1.0 == 1, 1.5 == 1, 1e20 == 10**20, 1e23 == 10**23, 0.1 == 1 / 10)
print(0.1 < 0.2 < 0.30000000000000004, 1e-310 > 0, 5e-324 > 0, 5e-324 / 2 == 0)
print(2.5 < 3 < 3.5, 2**1000 < inf, -2**1000 > -inf)
print(1.0 != "1.0", 1.0 == None)
try:
    1.0 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    inf > []
except TypeError as e:
    print(type(e).__name__, e)
