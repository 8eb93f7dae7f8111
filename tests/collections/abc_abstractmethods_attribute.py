from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods
class A(ABC):
    @abstractmethod
    def f(self): ...
class B(A):
    pass
print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__))
B.__abstractmethods__ = frozenset()
print(type(B()).__name__)
class C(A):
    pass
C.f = lambda self: "patched"
try:
    C()
except TypeError as e:
    print(e)
update_abstractmethods(C)
print(C().f(), C.__abstractmethods__)
class Plain:
    pass
try:
    Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError")
print(update_abstractmethods(Plain) is Plain)
seen = []
class Base(ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        seen.append((cls.__name__, hasattr(cls, "__abstractmethods__")))
    @abstractmethod
    def g(self): ...
class Sub(Base):
    pass
print(seen, sorted(Sub.__abstractmethods__))
