# range construction, repr, len, iteration with positive and negative steps
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-5, 5, 4),
          range(0, -10, -3), range(1, 2, 100), range(10, -10, -7)]:
    print(repr(r), len(r), list(r), bool(r))
print(range(3) == range(0, 3, 1), str(range(1, 4)), type(range(1)).__name__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: range(1, 2, 0))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1.0))
t(lambda: range("3"))
t(lambda: range(0, 10, 2.5))
t(lambda: range(x=3))
