# Chained comparisons evaluate each operand at most once and short-circuit.
def v(name, value):
    print("eval", name)
    return value

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1.0)
print(1 < 2 > 0 != 5)
print("a" < "b" <= "b" < "c")
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 5) == v("b", 5) != v("c", 5))
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1, 2] in [[1, 2]])
print(None is None is not False)
lst = [1]
print(lst is lst == [1])
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
print(c < a < b)
try:
    print(1 < "x" < 2)
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 < "late" if False else "skipped")
