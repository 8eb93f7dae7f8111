from abc import ABC, ABCMeta
class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any("quack" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Mallard:
    def quack(self):
        return "quack"
class Dog:
    pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck), issubclass(Mallard, Duck))
class Robot(Duck):
    pass
print(isinstance(Robot(), Duck), issubclass(Robot, Duck))
Duck.register(Dog)
print(isinstance(Dog(), Duck))
class Meta2(ABCMeta):
    pass
class X(metaclass=Meta2):
    pass
print(type(X).__name__, isinstance(X, ABCMeta))
