# clear, copy (shallow), len, in, del, iteration order and methods list
d = {"a": [1], "b": 2}
c = d.copy()
c["a"].append(99)
c["b"] = 3
print(d, c, d is c)
print(len(d), "a" in d, "z" not in d, 1 in d)
del d["b"]
print(d)
d.clear()
print(d, len(d))
print(sorted(m for m in dir({}) if not m.startswith("_")))
print(list({"x": 1, "y": 2}), [k for k in {"p": 0, "q": 0}], list(reversed({"a": 1, "b": 2})))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {}.clear(1))
t(lambda: {}.copy(1))
t(lambda: {}.keys(1))
t(lambda: {"a": 1} + {"b": 2})
t(lambda: {"a": 1}["b"])
