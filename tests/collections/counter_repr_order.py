from collections import Counter
c = Counter({"b": 2, "a": 2, "c": 3, "d": 1})
print(c)
print(list(c), c.most_common())
c2 = Counter([3, 1, 3, 2, 1, 3])
print(c2, list(c2.elements()))
print(Counter({"x": [1]}) if False else Counter(x=1.5, y=0.5))
print(repr(Counter("ab") - Counter("ab")))
