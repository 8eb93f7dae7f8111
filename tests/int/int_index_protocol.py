# __index__ used by slicing, bin(), range(), list multiplication
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(-1)], lst[I(2):I(5)], "abcdef"[I(1)::I(2)])
print(list(range(I(3))), list(range(I(1), I(10), I(3))))
print([0] * I(3), "ab" * I(2), (1,) * I(2))
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(operator_index := I(7).__index__())
class Bad:
    def __index__(self):
        return 1.5
try:
    lst[Bad()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(lst[True], lst[False:True])
