# Annotations everywhere must not change what the program does.
from typing import Any, ClassVar, Dict, List, Optional, Tuple, Union

count: int = 0
names: List[str]
table: Dict[str, Tuple[int, ...]] = {"a": (1, 2)}
print(__annotations__)


class Config:
    debug: bool = False
    level: int = 3
    tags: ClassVar[List[str]] = []
    owner: "Optional[Config]" = None
    pending: Union[int, str]

    def __init__(self, name: str, *, verbose: bool = False) -> None:
        self.name: str = name
        self.verbose = verbose
        local: int = 5
        self.local = local


c = Config("x")
print(Config.__annotations__)
print(c.debug, c.level, c.name, c.local, Config.tags, hasattr(Config, "pending"))


def f(a: int, b: "str" = "x", *args: Any, c: float = 1.0, **kw: Optional[int]) -> Dict[str, int]:
    return {b: a}


print(f.__annotations__)
print(f(1), f(2, "y"))


def no_ann(a, b):
    return a + b


print(no_ann.__annotations__)
lam = lambda x: x
print(lam.__annotations__)


def modern(x: int | None = None, y: list[int] | None = None) -> dict[str, int | None]:
    return {"x": x}


print(modern.__annotations__, modern(3))

x: int
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

for i in range(2):
    total: int = i * 10
print(total)


class Empty:
    pass


print(hasattr(Empty, "__annotations__") and Empty.__annotations__)
