# __index__ lets objects be used as integers in slicing, range, bin/hex/oct and indexing.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print("__index__", self.n)
        return self.n

data = list("abcdefgh")
print(data[Idx(2)])
print(data[Idx(1):Idx(5):Idx(2)])
print(list(range(Idx(3))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("xyz"[Idx(-1)])
print("ab" * Idx(3))
print([0] * Idx(2))
print((1, 2, 3)[Idx(0)])
print("int() via __index__:", int(Idx(7)))
print(Idx(4).__index__())

class NotIndex:
    def __int__(self):
        return 3
for bad in (NotIndex(), 1.5, "2"):
    try:
        data[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    range(NotIndex())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(2.0)
except TypeError as e:
    print(type(e).__name__, e)

class BadIndex:
    def __index__(self):
        return "five"
try:
    data[BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
print(data[True], data[False])
