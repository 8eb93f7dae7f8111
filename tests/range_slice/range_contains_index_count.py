# in, index and count on ranges including floats and other types
r = range(0, 20, 3)
print(0 in r, 3 in r, 4 in r, 18 in r, 21 in r, -3 in r, 3.0 in r, 3.5 in r, "3" in r, True in r, None in r)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), range(10, 0, -2).index(4), range(5).count(True))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: r.index(10))
t(lambda: r.index("x"))
t(lambda: range(0).index(0))
t(lambda: r.index())
print(10**30 in range(10**31), 10**30 + 1 in range(0, 10**31, 2), range(10**30).index(10**29))
