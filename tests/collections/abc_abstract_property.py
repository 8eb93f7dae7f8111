from abc import ABC, abstractmethod
class A(ABC):
    @property
    @abstractmethod
    def size(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
print(sorted(A.__abstractmethods__))
class B(A):
    @property
    def size(self):
        return 3
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return "h"
print(B.make().size, B.helper())
print(getattr(A.size.fget, "__isabstractmethod__", False))
