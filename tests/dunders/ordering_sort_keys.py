# sort/sorted/min/max use only __lt__ (max uses __gt__ reflected through __lt__).
class Item:
    def __init__(self, name, rank):
        self.name = name
        self.rank = rank
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f"{self.name}{self.rank}"

items = [Item("c", 3), Item("a", 1), Item("b", 2), Item("a2", 1)]
print(sorted(items))
print(sorted(items, reverse=True))
print(min(items), max(items))
items.sort()
print(items)

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))

class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoOrder()]) != [], len(sorted([])))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, None)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted("banana"))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(["B", "a", "C"], key=str.lower))
