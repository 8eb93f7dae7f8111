print(dict(), dict(a=1), dict([(1, 2)], b=3), dict({1: 2}, **{"c": 4}))
print(dict(zip("ab", [1, 2])), dict([[1, 2], (3, 4), "xy"]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
try:
    dict(1)
except TypeError as e:
    print(e)
try:
    dict({}, {})
except TypeError as e:
    print(e)
print(dict({1: 1}.items()), dict(dict(x=1)))
