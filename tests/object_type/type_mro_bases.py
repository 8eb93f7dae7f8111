# __mro__, __bases__, __name__, __qualname__ of builtin and user classes
for cls in (int, bool, float, str, list, dict, set, frozenset, tuple, type, object, range, complex, slice):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], [b.__name__ for b in cls.__bases__])
class A:
    class Inner:
        pass
class B(A, dict):
    pass
print(B.__mro__, B.__bases__, A.Inner.__name__, A.Inner.__qualname__, B.__qualname__)
print(issubclass(B, dict), isinstance(B(), dict), B.__base__.__name__, bool.__base__.__name__, object.__base__)
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class X:
    pass
class Y(X):
    pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
