# field(), InitVar, __post_init__, asdict/astuple/replace.
from dataclasses import *
from typing import List, ClassVar, Optional
@dataclass
class Inv:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: float = field(init=False, default=0.0)
    tags: ClassVar[int] = 5
    def __post_init__(self):
        self.total = len(self.items) * 1.5
i = Inv("a"); i.items.append("x"); j = Inv("b")
print(i, j, i.total, Inv.tags, [f.name for f in fields(Inv)])
print(asdict(i), astuple(i), replace(i, name="c"))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(type(e).__name__, e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)], WithInit.__dataclass_fields__["scale"]._field_type)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
print(K2(1, b=2))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass
class Tree:
    val: int
    children: "List[Tree]" = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t, asdict(t))
try: asdict(3)
except TypeError as e: print(e)
try: fields(3)
except TypeError as e: print(e)
try: replace(i, total=3)
except ValueError as e: print(e)
C = make_dataclass("C", [("x", int), ("y", int, field(default=5))], namespace={"add": lambda self: self.x + self.y})
print(C(1), C(1).add(), fields(C)[1].default)
@dataclass(slots=True)
class S:
    a: int
    b: int = 0
s = S(1); print(s, S.__slots__, hasattr(s, "__dict__"))
@dataclass(frozen=True)
class FB:
    x: int
try:
    @dataclass
    class NF(FB):
        y: int = 0
except TypeError as e: print(e)
@dataclass
class Rec:
    a: int
    me: object = None
r = Rec(1); r.me = r; print(r)
try:
    field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass
class Opt:
    a: Optional[int] = None
    b: "str" = "q"
print(Opt(), Opt.__doc__)
