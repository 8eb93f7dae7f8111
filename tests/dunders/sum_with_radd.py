# sum() starts from 0 and so relies on __radd__ for user types.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__ with", other)
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Money({self.cents})"

print(sum([Money(1), Money(2), Money(3)]))
print(sum([Money(5)], Money(100)))
print(sum([], Money(0)))

class NoRadd:
    def __add__(self, other):
        return self
try:
    sum([NoRadd(), NoRadd()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([[1], [2, 3]], []))
print(sum([0.1] * 10), sum([1, 2.5]), sum(range(101)))
print(sum((True, True, False)), sum([], 7))
try:
    sum([1, "x"])
except TypeError as e:
    print(type(e).__name__, e)
