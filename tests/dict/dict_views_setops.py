# dict views behave like sets for keys and items; values views do not
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()), a.keys() <= {"x", "y", "z", "q"}, a.keys() == {"x", "y", "z"})
print(a.keys() & ["x", "q"], type(a.keys() & b.keys()).__name__, a.keys().isdisjoint(b.keys()), {"q": 1}.keys().isdisjoint(a))
try:
    a.values() & b.values()
except TypeError as e:
    print(type(e).__name__, e)
print(a.values() == a.values(), list(a.values()) == [1, 2, 3], len(a.items()), ("x", 1) in a.items(), ["x", 1] in a.items())
try:
    {"k": []}.items() & {("k", 1)}
except TypeError as e:
    print(type(e).__name__, e)
