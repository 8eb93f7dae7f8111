# Protocols, runtime_checkable, overload, final, cast, NewType.
from typing import (Iterable, List, NewType, Protocol, SupportsFloat, SupportsInt,
                    SupportsIndex, cast, final, overload, runtime_checkable)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def __init__(self, name: str) -> None:
        self.name = name

    def close(self) -> None:
        print("closing", self.name)


class NotFile:
    pass


def close_all(things: Iterable[Closable]) -> int:
    count = 0
    for t in things:
        if isinstance(t, Closable):
            t.close()
            count += 1
    return count


print(close_all([File("a"), NotFile(), File("b")]))
print(isinstance(File("x"), Closable), isinstance(NotFile(), Closable))
print(issubclass(File, Closable), issubclass(NotFile, Closable))


class Shape(Protocol):
    def area(self) -> float:
        ...


try:
    isinstance(File("x"), Shape)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2


print(Square(3).area(), isinstance(Square(1), Square))


@runtime_checkable
class HasName(Protocol):
    name: str


print(isinstance(File("n"), HasName), isinstance(NotFile(), HasName))

try:
    runtime_checkable(File)
except TypeError as e:
    print(type(e).__name__, str(e).split(" got")[0])

print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(3.5, SupportsFloat))
print(isinstance(True, SupportsIndex), isinstance(2.0, SupportsIndex))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"))


@overload
def only_overload(x: int) -> int:
    ...


try:
    only_overload(1)
except NotImplementedError as e:
    print(type(e).__name__, e)


@final
class Leaf:
    @final
    def method(self) -> int:
        return 1


print(Leaf.__final__, Leaf.method.__final__)
print(cast(int, "not an int"), cast("List[int]", 3), cast(List[str], None))

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)


@runtime_checkable
class Named(Protocol):
    name: str

    def rename(self, new: str) -> None:
        ...


for check in (lambda: issubclass(File, Named), lambda: issubclass(1, Closable),
              lambda: isinstance(File("f"), Named)):
    try:
        print(check())
    except TypeError as e:
        print(type(e).__name__, e)
