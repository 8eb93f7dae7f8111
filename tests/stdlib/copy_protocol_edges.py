# copy protocol corners: __getnewargs__, memo, __reduce_ex__ tuples, slots inheritance
import copy


class Money(int):
    def __new__(cls, cents, currency):
        self = super().__new__(cls, cents)
        self.currency = currency
        return self

    def __getnewargs__(self):
        return (int(self), self.currency)


m = copy.deepcopy(Money(250, "EUR"))
print(type(m).__name__, m, m.currency)
print(copy.copy(Money(5, "USD")).currency)


class Tree:
    def __init__(self, label, children=()):
        self.label = label
        self.children = list(children)

    def __deepcopy__(self, memo):
        print("deepcopy", self.label, "memo has self:", id(self) in memo)
        clone = Tree(self.label)
        memo[id(self)] = clone
        clone.children = copy.deepcopy(self.children, memo)
        return clone


leaf = Tree("leaf")
root = Tree("root", [leaf, leaf])
clone = copy.deepcopy(root)
print(clone.children[0] is clone.children[1], clone.children[0] is not leaf)


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce_ex__(self, protocol):
        print("reduce_ex protocol", protocol)
        return (Pair, (self.a, self.b))


p = copy.copy(Pair(1, [2]))
print(p.a, p.b)
q = copy.deepcopy(Pair(1, [2]))
print(q.a, q.b)


class A:
    __slots__ = ("x",)


class B(A):
    __slots__ = ("y", "__z")

    def set_z(self, v):
        self.__z = v

    def get_z(self):
        return self.__z


b = B()
b.x, b.y = [1], 2
b.set_z("zed")
b2 = copy.deepcopy(b)
print(b2.x, b2.y, b2.get_z(), b2.x is b.x)
print(B.__slotnames__ if hasattr(B, "__slotnames__") else "no slotnames")
empty = B()
e2 = copy.copy(empty)
print(hasattr(e2, "x"), hasattr(e2, "y"))

o = copy.copy(object())
print(type(o).__name__)
nested = (1, [2, (3, [4])])
nested_copy = copy.deepcopy(nested)
print(nested_copy == nested, nested_copy[1][1] is nested[1][1])
lst = []
tup = (lst,)
lst.append(tup)
dup = copy.deepcopy(tup)
print(dup[0][0] is dup, type(dup).__name__)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.value = 0


c = Counter()
c.value = 5
c2 = copy.copy(c)
print(Counter.instances, c2.value)


class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError("frozen")

    def __init__(self, v):
        object.__setattr__(self, "v", v)


f2 = copy.deepcopy(Frozen([1]))
print(f2.v)
print(copy.copy(range(3)), copy.deepcopy(slice(1, 2)), copy.copy(print) is print)
