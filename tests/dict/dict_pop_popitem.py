# pop and popitem (LIFO) with errors
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d.pop("zz", "default"), d.pop("zz", None), d)
print(d.popitem(), d.popitem(), d)
d["x"] = 9
print(d.popitem(), d)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: d.pop("missing"))
t(lambda: d.pop(("t", 1)))
t(lambda: {}.popitem())
t(lambda: d.pop())
t(lambda: d.pop([]))
t(lambda: d.pop([], 1))
t(lambda: d.popitem(1))
e = dict.fromkeys(range(5))
while e:
    print(e.popitem(), end=" ")
print()
