# Dict lookups call __hash__ then __eq__ only on hash collisions with different identity.
class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        print("hash", self.name)
        return self.h
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"

d = {}
a = Key("a", 1)
d[a] = "first"
print("--- same object: no __eq__")
print(d[a])
print("--- equal object, same hash")
print(d[Key("A", 1)])
print("--- same name, different hash: not found")
print(Key("a", 2) in d)
print("--- store equal key: keeps the original key object")
d[Key("A", 1)] = "second"
print(d)
print("--- set membership")
s = {Key("x", 5)}
print(Key("X", 5) in s)
print(1 in {1.0: "float"}, {1: "int"}[True], {True: "bool", 1: "int"})
print({0.0: "a", -0.0: "b"}, {(1, 2): "t"}[(1, 2)])
