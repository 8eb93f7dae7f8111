# if / elif / else chains and truthiness of many values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))

values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 0}, None, True, False, set(), range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if not x:
    print("unreachable")
elif x:
    print("elif ran")

def side(name, result):
    print("eval", name)
    return result

if side("a", 0) or side("b", 0) or side("c", 1):
    print("or chain true")
if side("d", 1) and side("e", 0) and side("f", 1):
    print("unreachable")
else:
    print("and chain false")
