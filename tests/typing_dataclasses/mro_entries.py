# PEP 560: bases that are not classes but provide __mro_entries__.
class Marker:
    def __init__(self, *extra):
        self.extra = extra

    def __repr__(self):
        return f"Marker{self.extra}"

    def __mro_entries__(self, bases):
        print("entries called with", bases)
        return self.extra


class Base:
    pass


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class A(Base, Marker(Mixin)):
    pass


print(A.__bases__)
print(A.__orig_bases__)
print(A.__mro__)
print(A().hello())
print("__orig_bases__" in Base.__dict__, "__orig_bases__" in A.__dict__)


class Empty(Marker()):
    pass


print(Empty.__bases__, Empty.__orig_bases__)


class Two(Marker(Base), Marker(Mixin)):
    pass


print(Two.__mro__)


class BadEntries:
    def __mro_entries__(self, bases):
        return [object]


try:
    class B(BadEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    type("C", (Marker(Base),), {})
except TypeError as e:
    print(type(e).__name__, e)


class RaisingEntries:
    def __mro_entries__(self, bases):
        raise ValueError("no entries today")


try:
    class D(RaisingEntries()):
        pass
except ValueError as e:
    print(type(e).__name__, e)


class Generic1:
    def __class_getitem__(cls, item):
        return Marker(cls)


class Box(Generic1[int]):
    pass


print(Box.__mro__, Box.__orig_bases__)


class WithBody(Marker(Base)):
    __orig_bases__ = "overwritten by the class statement"


print(WithBody.__orig_bases__)
