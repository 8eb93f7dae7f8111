from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name()} {self.area()}"
try:
    Base()
except TypeError as e:
    print(e)
class Sq(Base):
    def area(self):
        return 4
try:
    Sq()
except TypeError as e:
    print(e)
class Sq2(Sq):
    def name(self):
        return "sq"
print(Sq2().describe())
print(type(Base).__name__, isinstance(Base, ABCMeta), sorted(Base.__abstractmethods__), Sq2.__abstractmethods__)
class Other(metaclass=ABCMeta):
    @abstractmethod
    def go(self): pass
try:
    Other()
except TypeError as e:
    print(e)
class Virtual: pass
Base.register(Virtual)
print(isinstance(Virtual(), Base), issubclass(Virtual, Base))
