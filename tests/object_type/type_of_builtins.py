# type() of builtin values, names, identity checks and __class__
values = [0, True, 0.0, 0j, "", [], (), {}, set(), frozenset(), None, range(0), slice(0), ..., NotImplemented,
          len, print, int, type, iter([]), iter(()), iter({}), iter(set()), iter(range(0)),
          reversed([]), enumerate([]), zip(), map(len, []), filter(None, []), {}.keys(), {}.values(), {}.items(),
          (x for x in []), [].append, "".join]
for v in values:
    print(type(v).__name__, type(v) is v.__class__)
print(type(1) is int, type(True) is int, type(True) is bool, type(1) == int, type(type) is type)
print(type(int), type(object), type(None).__name__, type(len), type(lambda: 0).__name__)
