# Complex equality with other numbers, hashing and use as dict keys
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1j == 1, 0j == 0.0, complex(2, 0) != 2)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == 0)
for z in (1j, 2j, -1j, 1 + 1j, 3 - 2j, 1.5 + 0.5j, complex(0, 1e10)):
    print(repr(z), hash(z))
d = {1: "int", 2j: "imag"}
print(d[1 + 0j], d[complex(0, 2)], (1 + 0j) in d, {1 + 0j, 1, 1.0}, len({1j, 1j + 0}))
print(sorted([3j, 1j, 2j], key=lambda z: z.imag), max([1 + 1j, 3j], key=abs))
nan = complex(float("nan"), 0)
print(nan == nan, nan != nan, [nan] == [nan])
try:
    1j < 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j >= 1j
except TypeError as e:
    print(type(e).__name__, e)
