# get_type_hints evaluates string annotations.
from typing import get_type_hints, Optional, List
class Node:
    value: int
    next: "Optional[Node]"
    items: "List[int]"
print(get_type_hints(Node))
def fn(a: "int", b: "Optional[str]" = None) -> "List[Node]": ...
print(get_type_hints(fn))

class Base:
    x: "int"
class Derived(Base):
    y: "List[str]"
print(get_type_hints(Derived), get_type_hints(Base))
def nothing(): pass
print(get_type_hints(nothing))
print(get_type_hints(fn, {"Node": int, "Optional": Optional, "List": List}))
