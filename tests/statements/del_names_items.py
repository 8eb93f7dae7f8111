# del on names, list items, slices, dict keys and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)

class C:
    cls_attr = "c"

c = C()
c.a = 1
c.b = 2
del c.a
print(sorted(vars(c)))
del C.cls_attr
print(hasattr(C, "cls_attr"))

a, b, c2 = 1, 2, 3
del a, b
print(c2)
p = [1, [2, 3]]
del p[1][0]
print(p)
q = [1, 2, 3]
del (q[0], q[0])
print(q)
nested = {"k": {"j": 1, "i": 2}}
del nested["k"]["j"]
print(nested)
