# Objects with only __getitem__ are iterable: indexes 0, 1, ... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError("done")
        return i * i

print(list(Squares(3)))
for v in Squares(2):
    print("for", v)
print(4 in Squares(5))
x, y = Squares(2)
print(x, y)
print(sum(Squares(3)), min(Squares(3)), max(Squares(3)))
print(sorted(Squares(3), reverse=True))
print(list(zip(Squares(2), "abc")))
it = iter(Squares(1))
print(type(it).__name__, next(it))
print(next(it, "exhausted"))

class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))

class KeyErrorNotEnough:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorNotEnough())
except KeyError as e:
    print(type(e).__name__, e)

class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
