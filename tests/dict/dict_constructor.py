# dict() from pairs, mappings, keywords, fromkeys and comprehensions
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("abc", range(3))))
print(dict([("a", 1), ("a", 2)]), dict(a=1, **{"b": 2}), dict([[1, 2], (3, 4), "xy"]))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []), dict.fromkeys([]))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
print({k: v for k, v in [("a", 1), ("b", 2)]}, {x: x ** 2 for x in range(5) if x % 2}, {c: i for i, c in enumerate("abca")})
class MyDict(dict):
    pass
m = MyDict.fromkeys([1, 2], "v")
print(m, type(m).__name__, isinstance(m, dict), dict(m) == m)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: dict(5))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(["abc"]))
t(lambda: dict({}, {}))
t(lambda: dict.fromkeys(5))
t(lambda: dict([([], 1)]))
