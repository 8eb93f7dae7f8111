print(abs(-5), all([1, 2]), any([]), ascii("ü"), bin(10), bool([]), callable(len), chr(9731))
print(divmod(9, 4), list(enumerate("ab")), eval("1 + 2 * 3"), sorted(filter(str.isupper, "aBcD")))
print(float("1.5"), format(0.5, ".1%"), frozenset("aa"), getattr(str, "upper")("x"), hash(1) == 1)
print(hex(-1), id(None) == id(None), int("7"), isinstance(1, (str, int)), issubclass(int, object))
print(len({1: 2}), list("ab"), max([1, 5, 3]), max([], default=0), min("b", "a"), next(iter([9])))
print(oct(9), ord("\n"), pow(2, 5), repr([1, "a"]), list(reversed("abc")), round(3.14159, 3))
print(sorted([3, 1, 2]), str(12), sum([1, 2], 10), tuple([1]), type("s"), list(zip("ab", [1, 2])))
print(vars(type("T", (), {"a": 1}))["a"], dir([])[:3], isinstance(print, type(len)))
ns = {}
exec("x = 5\ny = x * 2", ns)
print(ns["x"], ns["y"], eval("x + y", ns), eval("a", {"a": 3}, {"a": 4}))
print(slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], range(3)[slice(None, None, -1)])
print(bytes([65, 66]), bytearray(b"x"), memoryview(b"ab")[0], complex("3"), object().__class__)
print(globals()["__name__"], "ns" in dir(), locals() is globals())
print(hash("a") == hash("a"), type(None), type(...), NotImplemented, Ellipsis)
for bad in [lambda: len(5), lambda: abs("x"), lambda: int([]), lambda: max([]), lambda: min(1),
            lambda: sorted([1], key=5), lambda: chr(-1), lambda: ord("ab"), lambda: getattr(1, "x"),
            lambda: sum(["a", "b"], ""), lambda: round("x"), lambda: divmod(1, "a"), lambda: hash([]),
            lambda: iter(None), lambda: list(1), lambda: dict(a=1)["b"], lambda: pow(2, 3, 0),
            lambda: bytes("abc"), lambda: float([]), lambda: zip(1), lambda: enumerate(3),
            lambda: isinstance(1, 1), lambda: setattr(1, "x", 2)]:
    try:
        r = bad()
        print("ok", r.__name__ if callable(r) else r)
    except Exception as e:
        print(type(e).__name__, e)
print(print("a", "b", sep="-", end="!\n"), sep="")
print(*[1, 2, 3], sep=", ")
print(isinstance(True, bool), bool("False"), int(True) + 1, str(None), repr(None), str(True))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), min((3, "c"), (1, "z")))
print(list(map(int, "123")), sum(map(len, ["ab", "c"])), "".join(map(str, range(5))))
print(max("apple", "fig", key=len), min([], default="empty"), abs(-0.0), abs(3 - 4j))
print(type(3) is int, type(type), __name__, __doc__)
