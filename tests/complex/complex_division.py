# Complex division, with special values and large magnitudes
print((1 + 1j) / (1 - 1j), (4 + 2j) / 2j, 1 / (1 + 1j), (1 + 0j) / 3)
print((1e300 + 1e300j) / (1e300 + 1e300j), (1e-300 + 1j) / (1e-300 - 1j))
print((1 + 2j) / 1e-300, (1 + 2j) / 1e300)
print(complex(1, 1) / complex(float("inf"), 0))
print((3 + 4j) / (3 + 4j), (6 - 8j) / (3 - 4j), 7j / 7, 7 / 7j)
print(-1j / 1, 0j / 1j, (-0j) / 1, (0j) / -1)
for num in (1 + 1j, -2.5j, 10, 0.5):
    for den in (1j, -1 + 2j, 4, 0.25j):
        print(num, den, num / den)
