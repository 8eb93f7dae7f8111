# divmod() and pow() across types, including keyword forms
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, 5.0), divmod(2**70, 3**20))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3), pow(3, 4, 5), pow(base=3, exp=2), pow(4, 0.5))
class N:
    def __divmod__(self, other):
        return ("dm", other)
    def __rdivmod__(self, other):
        return ("rdm", other)
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(divmod(N(), 3), divmod(3, N()), pow(N(), 2), pow(N(), 2, 7), pow(2, N()), N() ** 3, 3 ** N())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: divmod(1, "a"))
t(lambda: pow("a", 2))
t(lambda: pow(2))
t(lambda: pow(2, 3, 4, 5))
t(lambda: divmod(5, 0))
t(lambda: pow(0, -1))
