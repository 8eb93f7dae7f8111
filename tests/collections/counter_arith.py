from collections import Counter
a = Counter(x=4, y=2, z=0)
b = Counter(x=1, y=5, w=3)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
a += Counter(z=2)
print(a)
a -= Counter(x=10)
print(a)
print(Counter("aaab") <= Counter("aaabb"), Counter("ab") < Counter("ab"), Counter("a") == Counter({"a": 1, "b": 0}))
c = Counter(["red", "blue", "red", "green", "blue", "blue"])
print(c.most_common(1), c.most_common(0), c.total(), sorted(c))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
