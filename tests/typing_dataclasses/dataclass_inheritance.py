# Dataclasses inheriting from dataclasses and plain classes.
from dataclasses import dataclass, field, fields, asdict


@dataclass
class Animal:
    name: str
    sound: str = "..."
    legs: int = 4

    def speak(self) -> str:
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


d = Dog("rex", tricks=["sit"])
b = Bird("tweety", "tweet")
print(d, b)
print(d.speak(), b.speak(), [f.name for f in fields(Dog)], [f.name for f in fields(Bird)])
print(asdict(d), d == Dog("rex", tricks=["sit"]), d == Animal("rex", "woof"))


class Mixin:
    def describe(self) -> str:
        return f"<{type(self).__name__} {self.__dict__}>"


@dataclass
class Point(Mixin):
    x: float = 0.0
    y: float = 0.0


@dataclass
class Point3(Point):
    z: float = 0.0

    def __post_init__(self):
        self.norm = (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5


p = Point3(1.0, 2.0, 2.0)
print(p, p.norm, p.describe(), isinstance(p, Point), Point3.__mro__[1].__name__)


class Plain:
    def __init__(self):
        self.extra = "plain"


@dataclass
class FromPlain(Plain):
    a: int = 1

    def __post_init__(self):
        super().__init__()


fp = FromPlain()
print(fp, fp.extra)


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Override(Base):
    x: int = 10
    z: int = 20


print(Override(), Override(1, 2, 3), [(f.name, f.default) for f in fields(Override)])


@dataclass(frozen=True)
class FrozenBase:
    a: int


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 0


fc = FrozenChild(1, 2)
print(fc, hash(fc) == hash((1, 2)))
try:
    fc.b = 5
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass
class Node:
    value: int
    parent: "Node | None" = None

    def depth(self) -> int:
        return 0 if self.parent is None else 1 + self.parent.depth()


root = Node(0)
leaf = Node(2, Node(1, root))
print(leaf.depth(), leaf.parent.value, root)
