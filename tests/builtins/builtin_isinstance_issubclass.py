# isinstance and issubclass with tuples, bool/int, user classes, errors
class A:
    pass
class B(A):
    pass
class C:
    pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, str)), isinstance(1.0, float), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(bool, int), issubclass(int, object), issubclass(B, (C, A)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object), isinstance(object, type))
print(isinstance([], (list, tuple)), isinstance((), ()), issubclass(A, ()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, [int]))
t(lambda: issubclass(b, A))
t(lambda: issubclass(B, b))
t(lambda: issubclass(1, int))
t(lambda: isinstance(1))
