# list.extend and += append a non-list iterable's items one at a time, so an
# iterable that reads the list sees what has been added so far.
items = [1, 2]
items.extend(x * 10 for x in items if len(items) < 6)
print(items)


class LengthReader:
    def __init__(self, target, count):
        self.target = target
        self.count = count

    def __iter__(self):
        return self

    def __next__(self):
        if self.count == 0:
            raise StopIteration
        self.count -= 1
        return len(self.target)


a = [0]
a.extend(LengthReader(a, 3))
print(a)
a += LengthReader(a, 2)
print(a)
b = [1, 2]
b.extend(b)
print(b)
b += b
print(b)
c = [1]
c.extend((2, 3))
c.extend({4: None})
c.extend(range(5, 7))
print(c)


def failing():
    yield 1
    yield 2
    raise ValueError("stop here")


d = []
try:
    d.extend(failing())
except ValueError as e:
    print(type(e).__name__, e, d)
try:
    d.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d += None
except TypeError as e:
    print(type(e).__name__, e)
