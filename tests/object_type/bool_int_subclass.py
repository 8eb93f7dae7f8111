# bool is a subclass of int: type checks, dict keys, arithmetic type
print(issubclass(bool, int), isinstance(True, int), type(True) is int, type(True) is bool)
print(bool.__mro__, bool.__bases__, int.__subclasses__().__class__.__name__)
print(True + 0, type(True + 0).__name__, True == 1, True is not bool(1))
print(int(True), int.__repr__(True), repr(True), str(int(True)), "%d" % True, "%s" % True)
print(max(True, 0.5), sorted([True, 0, 2, False]), [0, 1, 2][True], {True: "x"}[1])
print(isinstance(True, (str, float)), isinstance(False, (bool,)), bool in int.__subclasses__())
