class M(dict):
    def __getitem__(self, k):
        raise KeyError(("custom", k))
m = M(a=1)
try:
    m["a"]
except KeyError as e:
    print(e.args)
class N:
    def __getitem__(self, k):
        raise KeyError("nope")
    def keys(self):
        return ["x"]
try:
    dict(N())
except KeyError as e:
    print(e.args)
try:
    "{x}".format_map(N())
except KeyError as e:
    print(e.args)
class Missing(dict):
    def __missing__(self, k):
        raise LookupError("lookup " + str(k))
try:
    Missing()["q"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), e.args)
try:
    {}[("a", 1)]
except KeyError as e:
    print(e)
