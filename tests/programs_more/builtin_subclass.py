class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4], type(s + [4]).__name__)
s.clear()
try:
    s.peek()
except IndexError as e:
    print(type(e).__name__, e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, ad.get("c"))
try:
    ad.zz
except AttributeError as e:
    print(type(e).__name__, e)


class DefaultDict(dict):
    def __missing__(self, key):
        return f"<{key}>"


dd = DefaultDict(x=1)
print(dd["x"], dd["y"], "y" in dd, dd.get("y"))


class Meters(float):
    def __new__(cls, value, unit="m"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __repr__(self):
        return f"{float(self)}{self.unit}"


m = Meters(2.5)
print(m, m * 2, type(m * 2).__name__, m.unit, m + 1, round(m), int(m))


class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = UpperStr("hey")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, u == "HEY", repr(u))


class Money(int):
    def __str__(self):
        return f"${int(self)}"

    def __add__(self, other):
        return Money(int(self) + int(other))


print(Money(5) + 3, str(Money(5) + Money(2)), Money(7) * 2, Money(3) == 3, hash(Money(3)) == hash(3))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), type(p).__name__)
try:
    p.first = 5
except AttributeError as e:
    print(type(e).__name__, e)


class OrderedSet(set):
    def add_all(self, *items):
        for it in items:
            self.add(it)
        return self


print(sorted(OrderedSet().add_all(3, 1, 2)), OrderedSet([1]) | {2}, type(OrderedSet([1]) | {2}).__name__)
print(issubclass(Stack, list), Stack.__mro__, bool(Stack()), list.__len__(Stack([1])))
