print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), 0))
v = dict.fromkeys([1, 2], [])
v[1].append(9)
print(v)
class D(dict): pass
print(type(D.fromkeys([1])).__name__, D.fromkeys([1], 5))
d = {1: 1, 2: 2, 3: 3}
print(d.popitem(), d.popitem(), d)
d[7] = 7
print(d.popitem())
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
