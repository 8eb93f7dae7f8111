s = {frozenset([1, 2]), frozenset(), 3}
print({2, 1} in s, set() in s)
s.discard({1, 2})
s.remove(set())
print(s)
try:
    s.remove({7})
except KeyError as e:
    print(repr(e))
class S(set):
    pass
t = {frozenset([5])}
print(S([5]) in t)
t.remove(S([5]))
print(t)
try:
    {1}.remove([])
except TypeError as e:
    print(e)
