# Indexing and slicing ranges; slices give new ranges
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-3], len(r))
print(r[1:4], r[::-1], r[::2], r[-2:], r[5:1:-2], r[100:], r[:-100], r[::-3])
print(range(10)[::-1], list(range(10)[2::3]), range(0, -10, -1)[1:3], range(5)[:0])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: r[len(r)])
t(lambda: r[-len(r) - 1])
t(lambda: r["a"])
t(lambda: r[1.0])
t(lambda: r[::0])
def assign():
    r[0] = 1
t(assign)
print(range(10)[True], range(10)[slice(None, None, 4)])
