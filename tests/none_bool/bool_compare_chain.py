# Comparisons producing bools, chained comparisons, short-circuit results
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, 1 < 2 == 2 < 3)
print(c > b >= 2 > a, 3 >= 3 > 2)
print(a is a is a, a is not b is not c)
print(1 in [1] in [[1]], 1 not in [2] not in [[2]])
def trace(v):
    print("eval", v)
    return v
print(trace(1) < trace(0) < trace(5))
print(trace(0) or trace("") or trace(None))
print(trace(1) and trace(2) and trace(3))
print(trace([]) and trace("never"))
r = (trace(2) == 2) + (trace(3) == 3)
print(r)
print(type(1 < 2).__name__, type(not 1).__name__)
print(True > False, False >= False, True <= True, True != False)
print(sorted([True, False, True, False]))
print((1, True) == (1, 1), [True] == [1.0])
print(not 0 == 1, not (0 == 1), (not 0) == 1)
