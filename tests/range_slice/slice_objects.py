# slice objects: repr, attributes, equality, indices()
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice(1, None), slice(None, None, -1), slice("a", [1], 2.5))
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(5).step)
print(s == slice(1, 10, 2), s == slice(1, 10), slice(1, 2) < slice(1, 3), slice(1) == slice(None, 1, None))
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100, 3), slice(8, 2, -2),
           slice(None, -1, -1), slice(5, None, -2), slice(10**20, -10**20, -1), slice(0, 0)]:
    print(sl, sl.indices(10), sl.indices(0), list(range(10))[sl], len(range(*sl.indices(10))))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1).indices(-1))
t(lambda: slice("a").indices(5))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
def set_attr():
    s.start = 0
t(set_attr)
t(lambda: hash(slice(1)))
