# singledispatch: a generic function with per-type implementations
from functools import singledispatch, singledispatchmethod
from collections.abc import Mapping, Sequence


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(float)
def _describe_float(obj):
    return f"float {obj:.2f}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return "sequence of " + ", ".join(describe(x) for x in obj)


@describe.register
def _(obj: Mapping):
    return "mapping with keys " + ", ".join(sorted(map(str, obj)))


print(describe(1))
print(describe(True))
print(describe(2.5))
print(describe("s"))
print(describe([1, 2.0, "x"]))
print(describe((3,)))
print(describe({"b": 1, "a": 2}))
print(describe(None))


class Base:
    pass


class Child(Base):
    pass


@describe.register
def _(obj: Base):
    return "a Base"


print(describe(Child()))
print(describe.dispatch(Child) is describe.dispatch(Base))
print(describe.dispatch(bool) is describe.dispatch(int))
print(describe.dispatch(str) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry))
print(describe.__name__)

try:
    describe()
except TypeError as e:
    print("TypeError", e)

try:
    @describe.register
    def _(x):
        pass
except TypeError as e:
    print("TypeError", str(e).split(":")[0])



@singledispatch
def area(shape):
    raise NotImplementedError(f"cannot compute area of {type(shape).__name__}")


@area.register(int | float)
def _(side):
    return side * side


print(area(3), area(1.5))
try:
    area("x")
except NotImplementedError as e:
    print("NotImplementedError", e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"

    @fmt.register
    def _(self, arg: str):
        return f"str:{arg.upper()}"


f = Formatter()
print(f.fmt(1), f.fmt("a"), f.fmt(2.0))
