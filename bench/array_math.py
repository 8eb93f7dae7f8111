# array.array arithmetic loops: a moving average, a prefix sum and a
# histogram over typed arrays.
from array import array

n = 600000
values = array("d", [((i * 7919) % 1000) / 10.0 for i in range(n)])
prefix = array("d", [0.0]) * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + values[i]
window = 50
averages = array("d")
for i in range(window, n + 1):
    averages.append((prefix[i] - prefix[i - window]) / window)
counts = array("l", [0] * 100)
for v in values:
    counts[int(v)] += 1
ints = array("i", range(n))
total = 0
for k in range(0, n, 3):
    total += ints[k] * 2 - ints[k // 2]
print("array_math", round(averages[-1], 6), max(counts), min(counts), total, len(averages))
