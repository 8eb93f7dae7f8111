from collections.abc import Set, MutableSet
class S(Set):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"S({self._items})"
a, b = S([1, 2, 3]), S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b)
print(a <= S([1, 2, 3, 4]), a < a, a == S([3, 2, 1]), a.isdisjoint([9]), a == {1, 2, 3})
print(a & {2}, {2, 9} & a)
class MS(MutableSet):
    def __init__(self):
        self._s = []
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
    def add(self, x):
        if x not in self._s:
            self._s.append(x)
    def discard(self, x):
        if x in self._s:
            self._s.remove(x)
m = MS()
m.add(1); m.add(2); m.add(1)
m |= {5}
print(m._s)
m -= {1}
print(m._s)
m.remove(2)
try:
    m.remove(2)
except KeyError as e:
    print("KeyError", e)
print(m.pop(), len(m))
