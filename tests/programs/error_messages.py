def safely(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label:<18} {type(e).__name__}: {e}")
    else:
        print(f"{label:<18} ok {result!r}")


def area(width, height, *, unit="m"):
    return f"{width * height}{unit}2"


class Config:
    def __init__(self):
        self.values = {"debug": True}

    def get(self, key):
        return self.values[key]


cfg = Config()
data = [1, 2, 3]
record = {"name": "x", "size": 3}
safely("missing arg", lambda: area(3))
safely("too many args", lambda: area(1, 2, 3))
safely("bad keyword", lambda: area(1, 2, colour="red"))
safely("kw-only", lambda: area(2, 3, unit="cm"))
safely("dup keyword", lambda: area(2, height=3, width=4))
safely("index", lambda: data[10])
safely("key", lambda: record["missing"])
safely("cfg key", lambda: cfg.get("verbose"))
safely("attr", lambda: cfg.missing)
safely("none attr", lambda: None.strip())
safely("int parse", lambda: int("12a"))
safely("float parse", lambda: float("one"))
safely("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
safely("unpack few", lambda: [a for a, b, c in [(1, 2)]])
safely("add types", lambda: "total: " + 5)
safely("add types 2", lambda: 5 + "x")
safely("join", lambda: ", ".join([1, 2]))
safely("remove", lambda: data.remove(7))
safely("index()", lambda: data.index(7))
safely("str index", lambda: "abc".index("z"))
safely("call int", lambda: data[0]())
safely("subscript", lambda: len[0])
safely("not iterable", lambda: list(42))
safely("hash list", lambda: {[1]: 2})
safely("div zero", lambda: 10 % 0)
safely("float div", lambda: 1.5 / 0)
safely("int div", lambda: 7 // 0)
safely("sqrt neg", lambda: __import__("math").sqrt(-1))
safely("pop empty", lambda: [].pop())
safely("pop dict", lambda: {}.pop("k"))
safely("popitem", lambda: {}.popitem())
safely("set remove", lambda: set().remove(3))
safely("tuple assign", lambda: (1, 2).__setitem__(0, 5))
safely("str assign", lambda: "abc".__setitem__(0, "x"))
safely("chr range", lambda: chr(-1))
safely("ord len", lambda: ord("ab"))
safely("max empty", lambda: max([]))
safely("range float", lambda: range(1.5))
safely("negative repeat", lambda: [0] * -3)
safely("round str", lambda: round("1.5"))
safely("len int", lambda: len(5))
safely("sorted mixed", lambda: sorted([3, "a", 1]))
safely("compare", lambda: [1] < (1,))
safely("next", lambda: next(iter([])))
safely("recursion", lambda: (lambda f: f(f))(lambda f: f(f)))
safely("name", lambda: undefined_name + 1)
safely("format", lambda: f"{'x':d}")
safely("format2", lambda: "{} {}".format(1))
safely("percent", lambda: "%d items" % "three")
safely("int big str", lambda: int("9" * 5000))
safely("dict update", lambda: {}.update([1, 2]))
safely("abs str", lambda: abs("x"))
safely("isinstance", lambda: isinstance(1, "int"))
safely("getattr", lambda: getattr(cfg, 3))
safely("bytes", lambda: bytes("abc"))
safely("zip strict", lambda: list(zip([1, 2], [1], strict=True)))
