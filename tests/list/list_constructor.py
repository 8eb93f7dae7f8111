# list() from many iterables and its errors
print(list(), list([1, 2]), list((1, 2)), list("abc"), list(range(3)), list({"a": 1, "b": 2}), list({3: 0}.values()))
print(list(x * 2 for x in range(3)), list(map(abs, [-1, -2])), list(zip([1, 2], "ab")), list(enumerate("xy")))
print(list(reversed([1, 2, 3])), list(iter([4, 5])), list({5: 1}.items()), list(range(0)))
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
print(list(Counter(4)))
class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetItem()))
a = [1, 2]
b = list(a)
print(a == b, a is b)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(5))
t(lambda: list(None))
t(lambda: list(1, 2))
t(lambda: list(x=[1]))
t(lambda: list(3.5))
