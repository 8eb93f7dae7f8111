# reversed() uses __reversed__, or __len__ plus __getitem__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))

class WithReversed:
    def __reversed__(self):
        print("__reversed__ called")
        return iter(["z", "y"])
print(list(reversed(WithReversed())))

class SeqLike:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("__getitem__", i)
        return "abc"[i]
print(list(reversed(SeqLike())))

class OnlyGetitem:
    def __getitem__(self, i):
        return i
for obj in (OnlyGetitem(), 5, {1, 2}, iter([1])):
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)

class ReversedNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(ReversedNone())
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
print(type(reversed(SeqLike())).__name__, type(reversed("ab")).__name__, type(reversed(range(2))).__name__)
