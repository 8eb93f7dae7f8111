# Builtin types used as functions: bool float int str list tuple dict set frozenset, and their names
for conv in (bool, int, float, complex, str, list, tuple, dict, set, frozenset):
    print(conv.__name__, repr(conv()))
print(list(map(int, ["1", "2"])), list(map(float, "12")), list(map(str, [1.5, None])), list(map(bool, [0, 1, ""])))
print(list(map(tuple, ["ab", [1]])), list(map(list, [(1,), "xy"])), sorted(map(frozenset, [[1], [2, 2]]), key=len))
print(sorted(["10", "9", "100"], key=int), max(["1.5", "10", "2"], key=float), min([[3], [1, 2]], key=len))
converters = [int, float, str, bool]
print([f("1") for f in converters], [type(f("1")).__name__ for f in converters])
print(callable(int), isinstance(int, type), type(int).__name__, int.__name__, str.__qualname__)
