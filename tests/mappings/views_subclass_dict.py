class D(dict):
    pass
d = D(a=1)
k = d.keys()
print(k, type(k).__name__, k.mapping == {"a": 1}, type(k.mapping).__name__)
d["b"] = 2
print(list(d.items()), list(reversed(d.values())))
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))
o = Ordered(a=1, c=3, b=2)
print(list(o), list(o.keys()), list(o.items()))
