class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(self.count)
        self.own = self.count
a = Counter(); b = Counter()
print(Counter.count, a.count, b.items is a.items, a.items, a.own, b.own)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
print("count" in vars(a), "own" in vars(a))
