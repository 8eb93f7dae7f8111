from abc import ABC, abstractmethod
class One(ABC):
    @abstractmethod
    def only(self): ...
try:
    One()
except TypeError as e:
    print(e)
class Two(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
try:
    Two()
except TypeError as e:
    print(e)
class WithArgs(One):
    def __init__(self, x):
        self.x = x
try:
    WithArgs(1)
except TypeError as e:
    print(e)
class Done(WithArgs):
    def only(self):
        return self.x
print(Done(5).only())
