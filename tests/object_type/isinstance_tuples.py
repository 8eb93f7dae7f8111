# isinstance with nested tuples of types and numeric tower checks
checks = [(1, int), (1, (str, int)), (1, (str, (bytes, (int,)))), (True, (float,)), (1.0, (int, float)), (1j, (int, float)),
          ("s", ()), (None, (type(None), int)), ([], (tuple,)), ((), (list, tuple)), (int, type), (int, (object,)),
          (type, (type, int)), (range(1), (list,)), (frozenset(), (set,)), ({}, (dict,))]
for value, types in checks:
    print(repr(value), isinstance(value, types))
print(issubclass(bool, (str, int)), issubclass(float, (int,)), issubclass(int, (float, complex)), issubclass(frozenset, set))
