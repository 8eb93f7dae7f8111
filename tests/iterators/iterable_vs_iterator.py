# An iterable returning a new iterator supports repeated and nested loops; an iterator does not.
class Iterable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Iterator(self.n)

class Iterator:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

able = Iterable(3)
print(list(able), list(able))
print([(a, b) for a in able for b in able if a < b])

tor = Iterator(3)
print(list(tor), list(tor))
tor = Iterator(3)
print([(a, b) for a in tor for b in tor])

def is_iterator(obj):
    return iter(obj) is obj
for obj in (able, Iterator(1), [1], iter([1]), "s", (x for x in ""), range(1), enumerate([])):
    print(type(obj).__name__, is_iterator(obj))

tor = Iterator(5)
next(tor)
print("resumes where it stopped:", list(tor))
print(sum(able) + sum(able), max(able), sorted(able, reverse=True))
