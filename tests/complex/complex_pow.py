# Complex powers with integer, float and complex exponents
for base in (1j, 1 + 1j, -1 + 0j, 2 - 3j, 0.5j):
    print(base, [base ** n for n in (0, 1, 2, 3, -1, -2)])
print((1 + 1j) ** 0.5, (-1) ** 0.5, (-4) ** 0.5, (-1 + 0j) ** 0.5, 4 ** 0.5j)
print(1j ** 100, (1 + 1j) ** 20, (1 + 1j) ** 64)
print(pow(2j, 2), pow(-1, 1 / 2), (2j) ** (1 + 1j))
print(0j ** 2 , 0j ** 1, 0j ** 0.0)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 0j ** -2)
t(lambda: 0j ** 1j)
t(lambda: 0j ** (-1 + 0j))
t(lambda: (1e200 + 1e200j) ** 2)
t(lambda: (1 + 1j) ** 10000)
