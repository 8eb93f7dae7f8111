# KeyError messages and reprs for many key types
d = {"a": 1}
for key in ["missing", 42, 1.5, (1, 2), None, "", "quote'", ("a",), True, -0.0, 10**20]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del", e)
try:
    d.pop("nope")
except KeyError as e:
    print("pop", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem", e, e.args)
e = KeyError()
print(repr(str(e)), repr(e))
print(str(KeyError("a", "b")), str(KeyError(("a",))))
