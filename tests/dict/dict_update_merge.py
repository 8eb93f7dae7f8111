# update with mappings, pairs, keywords; | and |= operators
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ["d", 4]])
d.update(e=5, a=10)
d.update({"f": 6}, g=7)
d.update()
print(d)
x = {"k": 1, "j": 2}
y = {"j": 20, "m": 30}
print(x | y, y | x, x, y)
x |= y
print(x)
x |= [("z", 0)]
print(x)
class KeysAndGetItem:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
d2 = {}
d2.update(KeysAndGetItem())
print(d2, dict(KeysAndGetItem()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {}.update(5))
t(lambda: {}.update([1, 2]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.update(["ab", "c"]))
t(lambda: {} | [("a", 1)])
t(lambda: {} | None)
t(lambda: {}.update({}, {}))
