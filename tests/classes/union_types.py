# X | Y between classes, None and generic aliases makes a types.UnionType.
u = int | str
print(u, repr(u), u.__args__, u.__parameters__, type(u).__name__, type(u).__module__)
print(u == (str | int), u == (int | float), hash(u) == hash(str | int), {u: 1}[str | int])
print(int | list[int] | None, list[int] | list[int], (int | str) | (str | bytes), None | int)
print(isinstance(3, u), isinstance(3.0, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, u), int | int, (int | str) == (int | str | int))
for expr in [lambda: int | 3, lambda: 3 | int, lambda: isinstance([], list[int] | None), lambda: issubclass(3, u)]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)


class M(type):
    pass


class A(metaclass=M):
    x = 1


print(A | None, int | A, A.__dict__["x"], type(A.__dict__).__name__, "__dict__" in M.__dict__)
