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
from typing import Annotated, Dict, List, Optional, Callable, Tuple, Union, get_type_hints, Literal
class Node:
    children: List["Node"]
    parent: Optional["Node"]
    table: Dict[str, "List[Node]"]
    cb: Callable[["Node"], "int"]
    tagged: Annotated[int, "meta"]
    pair: Tuple["Node", ...]
    lit: Literal["a", "b"]
    either: "Union[int, Node]"
    nothing: None
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["tagged"])
def f(x: "Annotated[List[int], 'm']") -> "Optional[Node]": ...
print(get_type_hints(f), get_type_hints(f, include_extras=True))
