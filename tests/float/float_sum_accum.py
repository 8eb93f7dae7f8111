# Accumulating floats: order matters, sum() start, fsum comparison
import math
xs = [0.1] * 10 + [1e16, 1.0, -1e16]
print(sum(xs), math.fsum(xs))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(sum([0.5, 0.25], 1), sum([], 0.0), sum([1, 2], 0.5))
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
total = 0.0
for i in range(1000, 0, -1):
    total += 1.0 / i
print(total)
acc = 1.0
for i in range(50):
    acc *= 1.1
print(acc)
print(sum(i * 0.01 for i in range(100)))
v = 0.0
for i in range(10):
    v = v * 0.5 + i
print(v)
