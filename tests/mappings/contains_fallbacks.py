class GetItem:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
print(10 in GetItem(), 11 in GetItem(), list(GetItem()))
class IterOnly:
    def __iter__(self):
        return iter([1, 2])
print(2 in IterOnly(), 3 in IterOnly())
class NoContains:
    pass
try:
    1 in NoContains()
except TypeError as e:
    print(e)
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(e)
class Truthy:
    def __contains__(self, x):
        return [x]
print(1 in Truthy(), 1 not in Truthy())
