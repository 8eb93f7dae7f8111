from collections import namedtuple
for args in (("P", "_a"), ("P", "a a"), ("1P", "a"), ("P", "class"), ("class", "a"), ("P", "a-b")):
    try:
        namedtuple(*args)
    except ValueError as e:
        print(e)
try:
    namedtuple("P", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print(e)
T = namedtuple("T", "a b c", defaults=(2, 3))
print(T(1), T(1, 5), T._field_defaults)
try:
    T()
except TypeError as e:
    print(e)
U = namedtuple("U", "a b c")
try:
    U()
except TypeError as e:
    print(e)
try:
    U(1)
except TypeError as e:
    print(e)
R = namedtuple("R", "x _y class x 3", rename=True)
print(R._fields)
