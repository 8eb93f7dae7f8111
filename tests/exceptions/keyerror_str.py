# KeyError's str() is the repr of the key; other exceptions use str of the single arg.
d = {"present": 1}
for key in ("missing", 42, (1, 2), None, "", "quote'd", 3.5, frozenset()):
    try:
        d[key]
    except KeyError as e:
        print(repr(str(e)), e.args)

try:
    {}.pop("popped")
except KeyError as e:
    print(str(e))
try:
    set().remove("elem")
except KeyError as e:
    print(str(e))
try:
    {}.popitem()
except KeyError as e:
    print(str(e))
try:
    set().pop()
except KeyError as e:
    print(str(e))
print(str(KeyError("a", "b")), str(KeyError()))
print(str(LookupError("plain")), str(IndexError("plain")))
try:
    del d["gone"]
except KeyError as e:
    print(repr(e))
try:
    [][0]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    (1,)[-5]
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
