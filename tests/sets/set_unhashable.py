for bad in ([1], {1: 2}, {3}):
    try:
        {bad}
    except TypeError as e:
        print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    frozenset([1, [2]])
except TypeError as e:
    print(e)
s = {1}
try:
    s.add({})
except TypeError as e:
    print(e)
try:
    [1] in s
except TypeError as e:
    print(e)
print({1} in {frozenset({1})})
try:
    s.discard([])
except TypeError as e:
    print(e)
