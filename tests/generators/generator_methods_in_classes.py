# __iter__ written as a generator, and generator methods on classes.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for n in self:
            if n % 2 == 0:
                yield n

c = Countdown(5)
print(list(c), list(c))
print(list(c.evens()))
print(3 in c, 9 in c)
it1, it2 = iter(c), iter(c)
print(next(it1), next(it1), next(it2))
print(type(iter(c)).__name__)

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), sum(t), max(t))
a, b, *rest = t
print(a, b, rest)
print(Countdown.__iter__.__name__, type(c.evens).__name__)
