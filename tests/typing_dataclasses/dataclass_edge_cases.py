# Dataclass corner cases: errors CPython raises while processing a class.
from dataclasses import InitVar, dataclass, field, fields, KW_ONLY
from typing import ClassVar


def attempt(label, make):
    try:
        result = make()
        print(label, "->", result)
    except (TypeError, ValueError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)


def mutable_list():
    @dataclass
    class A:
        items: list = []
    return A


def mutable_dict():
    @dataclass
    class A:
        table: dict = {}
    return A


def mutable_set():
    @dataclass
    class A:
        seen: set = set()
    return A


def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int
    return A


def field_without_annotation():
    @dataclass
    class A:
        x = field(default=1)
    return A


def classvar_factory():
    @dataclass
    class A:
        x: ClassVar[list] = field(default_factory=list)
    return A


def frozen_from_plain():
    @dataclass
    class Base:
        x: int

    @dataclass(frozen=True)
    class Child(Base):
        y: int
    return Child


def explicit_order_method():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True
    return A


def explicit_hash_with_unsafe():
    @dataclass(unsafe_hash=True)
    class A:
        x: int

        def __hash__(self):
            return 1
    return A


def frozen_with_setattr():
    @dataclass(frozen=True)
    class A:
        x: int

        def __setattr__(self, name, value):
            pass
    return A


def default_then_plain():
    @dataclass
    class A:
        x: int = 0
        y: str
    return A


attempt("list default", mutable_list)
attempt("dict default", mutable_dict)
attempt("set default", mutable_set)
attempt("order without eq", order_without_eq)
attempt("field without annotation", field_without_annotation)
attempt("ClassVar factory", classvar_factory)
attempt("frozen from plain", frozen_from_plain)
attempt("explicit __lt__", explicit_order_method)
attempt("explicit __hash__", explicit_hash_with_unsafe)
attempt("frozen __setattr__", frozen_with_setattr)
attempt("default then plain", default_then_plain)
attempt("both defaults", lambda: field(default=1, default_factory=list))


@dataclass
class Tuple1:
    t: tuple = (1, 2)
    f: frozenset = frozenset({3})
    s: str = "ok"


print(Tuple1())


@dataclass
class Hashing:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)


print(Hashing.__hash__, Hashing(1, 2) == Hashing(1, 2, 9))


@dataclass(frozen=True)
class FrozenHashing:
    a: int
    b: int = field(hash=False, default=0)


print(hash(FrozenHashing(1, 2)) == hash(FrozenHashing(1, 3)), FrozenHashing(1) == FrozenHashing(1, 0))


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(5)))


@dataclass
class WithKwOnly:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = field(default=2, kw_only=False)


print(WithKwOnly(0), WithKwOnly(0, 5, b=9), [f.kw_only for f in fields(WithKwOnly)])
attempt("kw only positional", lambda: WithKwOnly(1, 2, 3))


@dataclass
class PostInit:
    low: int
    high: int
    span: int = field(init=False)
    check: InitVar[bool] = True

    def __post_init__(self, check):
        if check and self.low > self.high:
            raise ValueError(f"low {self.low} > high {self.high}")
        self.span = self.high - self.low


print(PostInit(1, 5), PostInit(5, 1, False))
attempt("post_init raises", lambda: PostInit(5, 1))


@dataclass
class Self:
    self: int
    other: int = 0


print(Self(1, 2), Self(self=3))
attempt("missing kw", lambda: Self(other=1))


@dataclass(init=False)
class NoInit:
    a: int = 1


n = NoInit()
print(n, n.a)


@dataclass(repr=False, eq=False)
class Bare:
    a: int


b = Bare(1)
print(b == Bare(1), b == b, type(repr(b)).__name__, Bare.__eq__ is object.__eq__)


@dataclass
class Cmp:
    a: int


print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) == 1, Cmp(1).__eq__(1))
attempt("order on non-order", lambda: Cmp(1) < Cmp(2))
