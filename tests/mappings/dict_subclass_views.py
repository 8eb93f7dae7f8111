class D(dict):
    def keys(self):
        return ["overridden"]
    def __iter__(self):
        return iter(["iter-overridden"])
d = D(a=1)
print(list(dict.keys(d)), d.keys(), list(d))
print(dict.__repr__(d))
e = {}
try:
    e.update(d)
except KeyError as ex:
    print("KeyError", ex)
print(e)
class G(dict):
    def __getitem__(self, k):
        return k * 2
g = G(x=1)
print(dict(g), {**g}, g["y"])
def f(**kw):
    return kw
print(f(**g))
