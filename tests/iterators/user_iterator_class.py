# A class implementing __iter__ and __next__ works with for, list, in, unpacking and builtins.
class Range3:
    def __init__(self, start, stop):
        self.current = start
        self.stop = stop
    def __iter__(self):
        print("__iter__")
        return self
    def __next__(self):
        if self.current >= self.stop:
            print("StopIteration")
            raise StopIteration
        value = self.current
        self.current += 1
        return value

for x in Range3(0, 3):
    print("for", x)
print(list(Range3(5, 8)))
print(2 in Range3(0, 5))
a, b, c = Range3(1, 4)
print(a, b, c)
print(sum(Range3(1, 5)), max(Range3(3, 7)), sorted(Range3(0, 3), reverse=True))
r = Range3(0, 2)
print(list(r), list(r))
print(dict(zip("ab", Range3(0, 5))))
print(next(Range3(9, 10)))

class NotAnIterator:
    def __iter__(self):
        return 5
try:
    iter(NotAnIterator())
except TypeError as e:
    print(type(e).__name__, e)

class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
