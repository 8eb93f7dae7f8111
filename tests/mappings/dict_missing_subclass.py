class D(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
d = D()
print(d["abc"], d, d.get("zz"), "zz" in d)
class E(dict):
    def __missing__(self, k):
        raise KeyError("missing " + repr(k))
try:
    E()["q"]
except KeyError as e:
    print("KeyError", e)
class F(dict):
    __missing__ = None
try:
    F()[1]
except TypeError as e:
    print(e)
print("{name} is {age}".format_map(D(name="x")))
