# len() validates what __len__ returns.
class Len:
    def __init__(self, value):
        self.value = value
    def __len__(self):
        return self.value

class IndexLike:
    def __index__(self):
        return 4

for value in (0, 5, True, IndexLike(), -1, 2.5, "3", None, 2 ** 63, 2 ** 100):
    try:
        print(repr(value) if not isinstance(value, IndexLike) else "IndexLike", "->", len(Len(value)))
    except Exception as e:
        print(type(e).__name__, e)

class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)

class LenRaises:
    def __len__(self):
        raise RuntimeError("len failed")
try:
    len(LenRaises())
except RuntimeError as e:
    print(type(e).__name__, e)

class LenIsNone:
    __len__ = None
try:
    len(LenIsNone())
except TypeError as e:
    print(type(e).__name__, e)
for builtin in (5, 3.0, None, len):
    try:
        len(builtin)
    except TypeError as e:
        print(type(e).__name__, e)
