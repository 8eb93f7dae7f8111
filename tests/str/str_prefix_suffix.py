# startswith, endswith (with tuples and ranges), removeprefix, removesuffix
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith("na", 4, 5))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12), s.endswith(("zip", "gz")))
print(s.startswith(("x", "y", "fil")), s.startswith(()), s.startswith(""), "".startswith(""), "".endswith("a"))
print(s.startswith("", 100), s.endswith("", 100), s.startswith("", 15), s.endswith("z", -1), s.startswith("f", -100))
print(s.removeprefix("file"), s.removeprefix("x"), s.removesuffix(".gz"), s.removesuffix(".tar"), s.removeprefix(""))
print("aaa".removeprefix("a"), "".removesuffix(""), "abc".removesuffix("abc"))
for f in (lambda: s.startswith(["f"]), lambda: s.endswith(1), lambda: s.removeprefix(None),
          lambda: s.startswith(("a", 1))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
