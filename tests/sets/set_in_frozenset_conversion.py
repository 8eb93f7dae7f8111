s = {frozenset({1, 2}), frozenset()}
class S(set):
    def __hash__(self):
        return 0
print(set() in s, {1, 2} in s, S() in s)
d = {frozenset({1}): "x"}
try:
    print(d[{1}])
except TypeError as e:
    print(e)
f = frozenset({frozenset({1})})
print({1} in f)
try:
    print({1} in [frozenset({1})], {1} in (1,))
except TypeError as e:
    print(e)
