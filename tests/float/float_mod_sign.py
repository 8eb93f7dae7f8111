# Float modulo and floor division keep Python sign rules, including -0.0 results
for a in (5.5, -5.5, 0.0, -0.0, 1e-300, 7.0):
    for b in (2.0, -2.0, 0.3, float("inf"), float("-inf")):
        print(repr(a), repr(b), repr(a % b), repr(a // b))
import math
print(math.fmod(-5.5, 2.0), -5.5 % 2.0, math.fmod(5.5, -2.0), 5.5 % -2.0, math.remainder(5.5, 2.0))
