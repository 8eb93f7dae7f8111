# args, str() and repr() of exceptions with zero, one and several arguments.
cases = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    Exception(None),
    Exception(""),
    Exception(("tuple",)),
    ValueError(3.5),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(5),
    IndexError("index"),
    OSError(2, "No such file"),
    OSError("just text"),
    StopIteration(7),
    SystemExit(3),
    UnicodeError("u"),
    AttributeError("attr"),
]
for e in cases:
    print(type(e).__name__, "| args:", e.args, "| str:", str(e), "| repr:", repr(e))

e = ValueError("x")
e.args = ("replaced", 1)
print(str(e), repr(e))
e.args = []
print(e.args, repr(str(e)))
e.custom = "attribute"
print(e.custom)
print(str(KeyError("quoted")), str(KeyError(1)), str(KeyError("")))
print(repr(Exception("a'b")), repr(Exception('a"b')))
