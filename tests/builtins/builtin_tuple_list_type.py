# type() with one argument on builtins and the three-argument form
for v in [1, 1.0, 1j, "s", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), len, type, object()]:
    print(type(v))
T = type("T", (object,), {"x": 1, "double": lambda self: self.x * 2})
t = T()
print(T.__name__, t.x, t.double(), type(t).__name__, isinstance(t, T))
S = type("S", (T,), {})
print(S.__mro__[1].__name__, S().double(), issubclass(S, T))
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
