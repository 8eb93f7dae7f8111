# from __future__ import annotations: hints stay strings, so forward
# references work, and get_type_hints / dataclasses still understand them.
from __future__ import annotations

import __future__
from dataclasses import dataclass, field, fields
from typing import ClassVar, Dict, List, Optional, Tuple, get_type_hints


@dataclass
class Tree:
    value: int
    children: List[Tree] = field(default_factory=list)
    parent: Optional[Tree] = None
    registry: ClassVar[Dict[str, Tree]] = {}

    def add(self, child: Tree) -> Tree:
        child.parent = self
        self.children.append(child)
        return child

    def path(self) -> Tuple[int, ...]:
        node: Optional[Tree] = self
        out: List[int] = []
        while node is not None:
            out.append(node.value)
            node = node.parent
        return tuple(reversed(out))


root = Tree(1)
leaf = root.add(Tree(2)).add(Tree(3))
print(leaf.path(), [f.name for f in fields(Tree)], Tree.registry)
print(Tree.__annotations__)
print(Tree.add.__annotations__, Tree.path.__annotations__)
print(get_type_hints(Tree.add))


def odd(a: int | None, b: "quoted", c: Dict[str, 'inner'], *args: int, d: 1 + 2 = 3, **kw: ...) -> None:
    pass


print(odd.__annotations__)
x: SomethingUndefined = 5
y: list[Tuple[int, str]]
print(__annotations__, x)


class Later:
    ref: Earlier
    nums: tuple[int, ...] = ()


class Earlier:
    pass


print(Later.__annotations__, get_type_hints(Later)["ref"] is Earlier)
print(__future__.annotations.getMandatoryRelease(), __future__.division.compiler_flag)
