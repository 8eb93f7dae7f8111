# None as a value, key and sentinel; sorting errors with None
d = {None: 1, "a": None}
print(d[None], d.get("a"), d.get("b"), d.get("b", None))
print(None in [1, None], None in (1, 2), [None].count(None))
lst = [3, None, 1]
try:
    lst.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)))
print(max([None, None], key=lambda v: 0))
try:
    max(1, None)
except TypeError as e:
    print(type(e).__name__, e)
print({None, None, None})
print(list(filter(None, [0, 1, None, 2, "", "a"])))
print([x for x in [None, 0, False] if x is None])
print(print(end=""))
print(repr([].sort()), [].append(1))
print(getattr(None, "x", "default"))
print(None.__class__.__name__, None.__bool__())
print(str(None) + "!", repr(None) * 2)
print(f"{None}", f"{None!r:>8}|", "%s" % None, "{}".format(None))
try:
    format(None, "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(None, ""), format(None))
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
