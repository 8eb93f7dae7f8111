f = frozenset([1, 2])
for name in ("add", "remove", "discard", "pop", "clear", "update"):
    print(name, hasattr(f, name))
try:
    f.add(3)
except AttributeError as e:
    print(e)
g = f
g -= {1}
print(f, g)
print(f.__class__.__name__, frozenset.__name__)
print(hash(f) == hash(frozenset([2, 1])))
