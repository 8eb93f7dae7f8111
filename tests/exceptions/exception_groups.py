# ExceptionGroup and except* (Python 3.11).
eg = ExceptionGroup("several problems", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, str(eg), eg.message)
print([repr(e) for e in eg.exceptions])
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))

try:
    raise eg
except* ValueError as group:
    print("ValueError part:", [str(e) for e in group.exceptions], type(group).__name__)
except* TypeError as group:
    print("TypeError part:", [str(e) for e in group.exceptions])

try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled the KeyError part")
except ExceptionGroup as rest:
    print("left over:", [repr(e) for e in rest.exceptions], rest.message)

try:
    raise ValueError("naked")
except* ValueError as group:
    print("a plain exception is wrapped:", type(group).__name__, [repr(e) for e in group.exceptions])

match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
sub = eg.subgroup(TypeError)
print(repr(sub.exceptions[0]), eg.subgroup(KeyError))
for bad in ([], [1]):
    try:
        ExceptionGroup("bad", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(str(nested), len(nested.exceptions))
