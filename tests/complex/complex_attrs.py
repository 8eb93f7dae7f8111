# complex attributes, methods and type relations
z = complex(3, -4)
print(z.real, z.imag, z.conjugate(), abs(z), type(z).__name__, isinstance(z, complex), isinstance(1, complex))
print(complex.__name__, (1j).__class__.__name__, type(1j.imag).__name__)
print(z.__add__(1), z.__radd__(1), z.__mul__(1j), z.__eq__(3 - 4j), z.__eq__("x"), z.__ne__(0))
try:
    z.real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    z.foo
except AttributeError as e:
    print(type(e).__name__, e)
class MyComplex(complex):
    pass
m = MyComplex(1, 1)
print(m, type(m).__name__, m + 1, type(m + 1).__name__)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(float("nan"), 0)))
print(sorted([3j, 1j, 2j], key=abs), max([1 + 1j, 2j, -3], key=abs))
print(sum([1j, 2, 3.5]), sum([1j] * 4, 1 + 0j))
print(1j in [1j, 2], (1 + 0j) in [1], {1 + 0j: "a", 1: "b"})
print(z * z.conjugate(), (z * z.conjugate()).real)
