class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(a.items, Bag.items, a.items is b.items)
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
c, d = Fixed(), Fixed()
c.add(1)
print(c.items, d.items)
class Counter:
    total = 0
    def bump(self):
        self.total += 1
e = Counter()
e.bump(); e.bump()
print(e.total, Counter.total, vars(e))
Counter.total = 10
print(Counter().total, e.total)
