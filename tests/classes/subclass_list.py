# Subclassing list: extra methods, overridden append, and result types.
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__)
print(type(s + [4]).__name__, type(s[1:]).__name__, type(s * 2).__name__)
s += [5]
print(type(s).__name__, s)

class Logged(list):
    def append(self, item):
        print("append", item)
        super().append(item)

l = Logged()
l.append(1)
l.extend([2, 3])
l += [4]
l.insert(0, 0)
print(l)

class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, item):
        self.append(item)
        self.sort()

so = Sorted([3, 1, 2])
so.add(0)
print(so)
print(so == [0, 1, 2, 3], isinstance(so, list))

class Named(list):
    def __repr__(self):
        return "Named" + super().__repr__()
print(Named([1, "a"]), str(Named()))
print([Named([1])])

class WithAttrs(list):
    pass
w = WithAttrs()
w.label = "has __dict__"
print(w.label, w)
