# Complex arithmetic with ints, floats and complexes
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 2 / a, a - 1.5, -a, +a)
print(a ** 2, a ** 0, a ** -1, 1j ** 2, 1j ** 1j, 2 ** 1j, (1 + 1j) ** 0.5)
print(a == 1 + 2j, a != b, 1j * 1j == -1, (2 + 0j) == 2, (2 + 0j) == 2.0, 0j == 0, 0j == False)
print(abs(3 + 4j), abs(-5j), abs(complex(float("inf"), 1)), abs(0j))
print(a.conjugate(), a.real, a.imag, type(a.real).__name__, (5j).conjugate())
print((1 + 2j) * (1 - 2j), (1e308 + 1e308j) * 2)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1j / 0)
t(lambda: (1 + 1j) / 0j)
t(lambda: 1 / 0j)
t(lambda: 0j ** -1)
t(lambda: 0j ** 0)
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: divmod(1j, 2))
t(lambda: 1j < 2j)
t(lambda: 1j > 0)
t(lambda: pow(1j, 2, 3))
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: round(1j))
t(lambda: (10 ** 200 + 0j) ** 3)
x = 1j
x += 1
x *= 2
print(x, hash(1 + 0j) == hash(1), hash(0j))
