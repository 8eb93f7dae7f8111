# and/or/not return values and truth tests in control flow
vals = [0, 1, "", "a", [], [0], None, 0.0, 2.5]
for a in vals[:5]:
    print(repr(a), [repr(a and b) for b in vals[:4]], [repr(a or b) for b in vals[:4]], not a)
x = [] or {} or () or "fallback"
y = "first" and 0 and "never"
print(x, y, None or None, (0 or 1) and (2 or 3))
if [] or [0]:
    print("list with zero is truthy")
while "":
    print("never")
n = 3
while n:
    n -= 1
print("loop ended at", n)
print([v for v in vals if v], [v for v in vals if not v])
print(bool(0) is False, (not []) is True, type(not 1).__name__, (1 and 2) == 2)
