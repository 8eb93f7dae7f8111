# isinstance/issubclass with tuples, builtins, and metaclass hooks.
class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, ()), isinstance(b, (C, (int, B))))
print(issubclass(B, (C, A)), issubclass(B, object), issubclass(A, B))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, (str, int)), issubclass(type, object))
try:
    isinstance(b, "A")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, 5)
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __instancecheck__(cls, instance):
        print("__instancecheck__", cls.__name__, type(instance).__name__)
        return hasattr(instance, "quack")
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")

class Duck(metaclass=Meta):
    pass

class Robot:
    def quack(self):
        return "beep"

print(isinstance(Robot(), Duck))
print(isinstance(5, Duck))
print(issubclass(Robot, Duck))
print(issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Robot(), (int, Duck)))
