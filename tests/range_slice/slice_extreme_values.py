# Slicing lists, strings and tuples with extreme and mixed values
lst = list(range(8))
s = "abcdefgh"
tup = tuple(lst)
for sl in [slice(-10**30, 10**30), slice(10**30, -10**30, -1), slice(None, None, 10**30), slice(None, None, -10**30),
           slice(-1, -10**30, -3), slice(3, 3), slice(6, 2), slice(2, 6, -1), slice(-2, -6, -1), slice(None, 4, -1),
           slice(4, None, -1), slice(True, None, 2)]:
    print(sl, lst[sl], s[sl], tup[sl])
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(lst[Idx(1):Idx(-1):Idx(2)], s[Idx(-3):], slice(Idx(1), 2).indices(5))
try:
    lst[:: -(2**70)]
    print(lst[::-(2**70)])
except Exception as e:
    print(type(e).__name__, e)
try:
    lst[1:2:"x"]
except TypeError as e:
    print(type(e).__name__, e)
