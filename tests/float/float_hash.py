# hash() of floats: equal to hash of equal ints, deterministic except nan
import math
for v in (0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e10, 1e20, 1e300, 2.0**61, 2.0**62, -(2.0**70),
          5e-324, 3.141592653589793, 1e-10, 123.456, float("inf"), float("-inf")):
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(2.0**64) == hash(2**64), hash(-2.0) == hash(-2))
print(hash(0.5) == hash(1.5), hash(-1.0))
print({1.0: "a", 1: "b"}, {0.0, -0.0, 0, False})
nan = float("nan")
d = {nan: 1}
print(d[nan], nan in d, float("nan") in d, len({nan, nan}), len({float("nan"), float("nan")}))
