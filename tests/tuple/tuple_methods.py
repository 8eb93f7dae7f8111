# tuple.count and tuple.index with ranges and errors
t = (1, 2, 3, 2, 1, 2, "x", 2.0, True)
print(t.count(2), t.count(1), t.count("x"), t.count(None), t.count(True))
print(t.index(2), t.index(2, 2), t.index(2, 2, 4), t.index("x"), t.index(1, -5), t.index(2.0, 0, 100))
def t_(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t_(lambda: t.index(99))
t_(lambda: t.index("y"))
t_(lambda: t.index(2, 6, 7))
t_(lambda: ().index(0))
t_(lambda: t.index())
t_(lambda: t.count())
t_(lambda: t.count(1, 2))
print([m for m in dir(t) if not m.startswith("_")])
