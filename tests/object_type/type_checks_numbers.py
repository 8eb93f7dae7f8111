# Type relationships among numeric builtins and results of mixed operations
pairs = [(1, 2), (1, 2.0), (1, 2j), (True, 2), (False, True), (1.0, 2j), (2**70, 1.0)]
for a, b in pairs:
    print(type(a).__name__, type(b).__name__, type(a + b).__name__, type(a * b).__name__, type(a / b).__name__)
print(type(7 // 2).__name__, type(7.0 // 2).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__, type((-8) ** 0.5).__name__)
print(type(True & True).__name__, type(True + True).__name__, type(-True).__name__, type(abs(-1.0)).__name__, type(divmod(1, 2)).__name__)
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(int("1")).__name__, type(sum([1, 2.0])).__name__)
