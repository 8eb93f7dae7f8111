# `in` uses __contains__, then __iter__, then __getitem__ with 0, 1, 2, ...
class WithContains:
    def __contains__(self, item):
        print("__contains__", item)
        return item == "yes"

class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

print("yes" in WithContains(), "no" in WithContains())
print("no" not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(10 in WithGetitem())
print(99 in WithGetitem())

class ContainsTruthy:
    def __contains__(self, item):
        return "non-empty"
print(1 in ContainsTruthy())

class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)

class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)
print("b" in "abc", "" in "abc", 1 in range(3), 1.0 in [1])
