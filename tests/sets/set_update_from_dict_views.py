d = {1: "a", 2: "b"}
s = set()
s.update(d, d.values(), d.items())
print(sorted(s, key=repr))
print(set(d.keys()) | set(d.values()) == {1, 2, "a", "b"})
print(frozenset(d) == d.keys(), set(d.items()) == d.items())
print(set(range(3)).intersection(d), set(range(3)).difference(d.keys()))
