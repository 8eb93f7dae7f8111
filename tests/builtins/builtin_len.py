# len() on builtins and user classes; error messages
print(len(""), len("abc"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}), len(range(10)), len(frozenset()), len("😀"))
class L:
    def __len__(self):
        return 7
print(len(L()))
class Neg:
    def __len__(self):
        return -1
class Flt:
    def __len__(self):
        return 1.5
class Huge:
    def __len__(self):
        return 2**70
class NoLen:
    pass
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: len(Neg()))
t(lambda: len(Flt()))
t(lambda: len(Huge()))
t(lambda: len(NoLen()))
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(iter([])))
t(lambda: len(x for x in []))
t(lambda: len())
t(lambda: len("a", "b"))
t(lambda: len(1.5))
