# index and count with start/stop and errors
a = [1, 2, 3, 2, 1, 2, "x", 2.0, True]
print(a.index(2), a.index(2, 2), a.index(2, 2, 4), a.index(1), a.index("x"), a.index(2, -4), a.index(1, -100, 100))
print(a.count(2), a.count(1), a.count("x"), a.count(None), a.count(True), [].count(0), a.count(2.0))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: a.index(99))
t(lambda: a.index("y"))
t(lambda: a.index(2, 6, 7))
t(lambda: a.index(None))
t(lambda: [].index([]))
t(lambda: a.index())
t(lambda: a.count())
t(lambda: a.index(2, "1"))
t(lambda: ["a", "b"].index("c"))
t(lambda: [(1, 2)].index((1, 3)))
