# The methods @dataclass generates, and their error messages.
from dataclasses import *
from typing import List, ClassVar, Optional
@dataclass
class P:
    x: int
    y: int = 0
for bad in [lambda: P(), lambda: P(1,2,3), lambda: P(1, z=3), lambda: P(1, x=2)]:
    try: bad()
    except TypeError as e: print(e)
print(P(1), P(1, 2) == P(1, 2), P(1) == P(2), P(1) != P(1, 0), P(1) == (1, 0))
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__)
print(P.__init__.__annotations__, P.__init__.__defaults__, P.__init__.__kwdefaults__)
print(P.__match_args__, P.__dataclass_params__, P.__doc__)
print([f.name for f in fields(P)], fields(P)[1].default, fields(P)[0].type)
@dataclass(frozen=True)
class F:
    a: int
    b: str = "s"
f=F(1)
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e, type(e).__mro__)
try: del f.a
except FrozenInstanceError as e: print(type(e).__name__, e)
try: f.c = 3
except AttributeError as e: print(type(e).__name__, e)
print(hash(f)==hash((1, "s")), {f: 1}, f == F(1))
@dataclass
class E: pass
print(E(), E.__hash__, E()==E())
@dataclass(order=True)
class O:
    a: int
    b: str = field(default="z", compare=False)
print(O(1)<O(2), O(2, "a") <= O(2, "b"), sorted([O(3), O(1), O(2)]))
try: O(1) < 3
except TypeError as e: print(e)
class Outer:
    @dataclass
    class Inner:
        v: int
print(Outer.Inner(1), Outer.Inner.__doc__)
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 100
print(Derived(), Derived(1, 2, 3), is_dataclass(Derived), is_dataclass(Derived()), is_dataclass(int))
