print(set("abca") == {"a", "b", "c"})
print(set(range(5)), frozenset(range(3)))
print(set({1: 2, 3: 4}), set((1, 1, 1)))
try:
    set(1)
except TypeError as e:
    print(e)
try:
    set([1], [2])
except TypeError as e:
    print(e)
try:
    set(iterable=[1])
except TypeError as e:
    print(e)
try:
    frozenset(1, 2)
except TypeError as e:
    print(e)
s = {1, 2}
s.__init__([5])
print(s)
print(set(x * x for x in range(4)))
print({*range(3), *[7]})
