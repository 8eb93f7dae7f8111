d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset([1]), frozenset([1, 2])}
print(frozenset([2, 1]) in s, len(s))
print({1, 2} in s)
s.remove({1})
print(len(s))
s.discard({1, 2})
print(len(s))
try:
    s.remove({9})
except KeyError as e:
    print("KeyError", e)
try:
    d[{1, 2}]
except TypeError as e:
    print("TypeError", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
