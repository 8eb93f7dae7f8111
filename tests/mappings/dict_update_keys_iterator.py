class M:
    def keys(self):
        yield "x"
        yield "y"
    def __getitem__(self, k):
        return ord(k)
d = {}
d.update(M())
print(d, dict(M()), {**M()})
def f(**kw):
    return sorted(kw.items())
print(f(**M()))
class Seq:
    def __iter__(self):
        return iter([("p", 1), ("q", 2)])
print(dict(Seq()))
d.update(Seq(), r=3)
print(d)
try:
    d.update(5)
except TypeError as e:
    print(e)
