# numerator/denominator/real/imag, conjugate, as_integer_ratio, is_integer missing
for n in (0, 5, -5, 2**100, True):
    print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print(type((5).real).__name__, type(True.real).__name__, type(True.numerator).__name__)
print(type(True.as_integer_ratio()[0]).__name__)
print((7).__index__(), (7).__int__(), (7).__float__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print((7).__round__(), (1234).__round__(-2), (-7).__abs__(), (7).__neg__(), (7).__pos__(), (7).__invert__())
try:
    (5).is_integer()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
print((12).real.bit_length(), (12).__divmod__(5))
print((3).__sizeof__() > 0, (10).__bool__(), (0).__bool__())
