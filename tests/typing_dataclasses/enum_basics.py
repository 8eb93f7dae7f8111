# Enum, IntEnum, StrEnum: members, lookups, reprs, errors.
from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED, Color.__members__)
print(type(Color), type(Color.RED), Color.RED.name, Color.RED.value, Color.RED in Color)
for bad in [lambda: Color(7), lambda: Color['X'], lambda: setattr(Color, 'RED', 5), lambda: Color.RED.__setattr__('name', 'x'), lambda: Color('a')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class Shape(IntEnum):
    SQ = 1
    CI = auto()
print(Shape.CI, repr(Shape.CI), Shape.CI + 1, Shape.SQ == 1, str(Shape.SQ), format(Shape.SQ), f"{Shape.CI}")
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S.A == "a", f"{S.B}")
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.67e-11 * self.mass / self.radius**2
print(Planet.EARTH, Planet.EARTH.value, round(Planet.MARS.gravity, 2), Planet((5.97e24, 6.37e6)))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class A(Enum):
    X = auto(); Y = auto()
print(A.X.value, A.Y.value, hash(A.X) == hash(A.X), A.X == A.X, A.X != A.Y, sorted(A, key=lambda m: m.value))
try: A.X < A.Y
except TypeError as e: print(e)
try:
    class Ext(A): Z = 3
except TypeError as e: print(e)
print(Color.RED.__class__.__name__, isinstance(Color.RED, Color), Color.__name__)
F = Enum('F', 'A B C'); print(list(F), F.A.value)
G = Enum('G', [('X', 10), ('Y', 20)]); print(G(20))
print(Color._member_names_, Color.RED._name_, Color.RED._value_)
class WithMethods(Enum):
    A = 'a'
    B = 'b'
    def describe(self): return f"{self.name}:{self.value}"
    @classmethod
    def default(cls): return cls.A
    def __str__(self): return "custom " + self.name
print(WithMethods.B.describe(), WithMethods.default(), str(WithMethods.A), repr(WithMethods.A))
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
print({Color.RED: 1}, Color.RED is Color(1))
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return cls.A
print(Missing(99))
class X(int, Enum):
    A = 1
print(str(X.A), format(X.A), f'{X.A:>5}', repr(X.A))
print(f'{Color.RED:>12}|', format(Color.RED))
print(Color.RED.__class__.__mro__, IntEnum.__mro__, StrEnum.__mro__, Flag.__mro__, IntFlag.__mro__)
print(repr(Color), repr(Shape))
try: del Color.RED
except Exception as e: print(type(e).__name__, e)
try: Color.RED.value = 3
except Exception as e: print(type(e).__name__, e)
class Z(Enum):
    pass
print(list(Z), len(Z))
class Sub(Z):
    Q = 1
print(Sub.Q)
try:
  class M(Enum):
    _bad_ = 1
except Exception as e: print(type(e).__name__, e)
print(list(reversed(Color)), Color.GREEN in Color, [m.name for m in Shape], Shape(2) is Shape.CI, Shape.CI.value * 10)
