# get and setdefault with defaults and mutable defaults
d = {"a": 1, "b": None}
print(d.get("a"), d.get("b"), d.get("c"), d.get("c", 0), d.get("b", 5), d.get(("t",), "tuple"))
print(d.setdefault("a", 100), d.setdefault("c"), d.setdefault("d", []), d)
d.setdefault("d", []).append(1)
d.setdefault("d", []).append(2)
print(d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))
t(lambda: d.get([]))
t(lambda: d.setdefault({}))
t(lambda: d.setdefault())
t(lambda: d.get(key="a"))
