# iter() and next(): default values, StopIteration, sentinel form, custom iterators
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "again"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), iter(Countdown(1)).n)
c = Countdown(2)
print(iter(c) is c)
values = [5, 4, 0, 3]
pos = [0]
def source():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(source, 0)))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: iter(5))
t(lambda: next([1]))
t(lambda: iter(5, 0))
t(lambda: next(iter([]), 1, 2))
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(list(iter(GetItemOnly())), list(GetItemOnly()))
