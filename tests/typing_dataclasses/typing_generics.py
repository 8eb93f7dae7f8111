# User generic classes built on Generic[...] and generic aliases as bases.
from typing import Dict, Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))

    def __len__(self) -> int:
        return len(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
s.push(3)
print(s.pop(), s.peek(), len(s), list(s))
print(type(s).__name__, s.__orig_class__)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


print(Pair[str, int], Pair[str, int]("a", 1), Pair.__parameters__)
print(Pair("x", 2).swap())
print(Pair[str, T], Pair[str, T][float], Pair[K, V][int, int])


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self.items)


i = IntStack()
i.push(5)
i.push(6)
print(i.total(), IntStack.__orig_bases__, IntStack.__parameters__, IntStack.__mro__)


class Registry(Dict[str, T]):
    def register(self, name: str, item: T) -> T:
        self[name] = item
        return item


r = Registry[int]()
r.register("a", 1)
print(r, Registry.__parameters__, Registry.__mro__)


class Mixed(Stack[T], Dict[str, T]):
    pass


print(Mixed.__parameters__, Mixed.__mro__)


class Node(Generic[T]):
    def __init__(self, value: T, children: "Optional[List[Node[T]]]" = None):
        self.value = value
        self.children = children or []

    def walk(self) -> Iterator[T]:
        stack = [self]
        while stack:
            node = stack.pop()
            yield node.value
            stack.extend(reversed(node.children))


tree = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(tree.walk()))

try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(Generic):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3(List[T], Generic[K]):
        pass
except TypeError as e:
    print(type(e).__name__, e)

for bad in [lambda: Stack[int, str], lambda: IntStack[int], lambda: Generic[int],
            lambda: Generic[T, T], lambda: Stack[()]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
