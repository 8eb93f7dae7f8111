# round(): ints, floats, ndigits, objects with __round__
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(2567, -2), round(-0.5), round(1e20), round(0.1 + 0.2, 1))
class R:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)
print(round(R()), round(R(), 3), round(R(), None))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7, 1)).__name__, round(True))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: round("1.5"))
t(lambda: round(1.5, "1"))
t(lambda: round())
t(lambda: round(1, 2, 3))
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round([1]))
