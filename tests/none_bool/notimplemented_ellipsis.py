# NotImplemented and Ellipsis singletons
print(NotImplemented, repr(NotImplemented))
print(Ellipsis, ..., repr(...))
print(... is Ellipsis, type(...).__name__, type(NotImplemented).__name__)
print(bool(...))
print([..., ...], (Ellipsis,))
print(... == ..., ... != Ellipsis)
print(str(NotImplemented), str(Ellipsis))
class A:
    def __eq__(self, other):
        return NotImplemented
    def __add__(self, other):
        return NotImplemented
a = A()
print(a == a, a != a)
print(a == 1)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
print((1).__add__("x"))
print((1).__eq__("x"))
print("x".__eq__(1))
print((1.5).__lt__("a"))
print(int.__add__(1, 2))
try:
    ... + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(...)()
    print(type(...)() is ...)
except TypeError as e:
    print(type(e).__name__, e)
print(type(NotImplemented)() is NotImplemented)
