# total_ordering, cmp_to_key and cached_property
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c)
print(sorted([Version("2.0"), Version("1.0.1"), Version("1.0")]))
print(max(Version("0.9"), Version("0.10")))
print(Version.__gt__.__name__, Version.__le__.__name__)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError", e)


@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(Score(1) < Score(2), Score(2) <= Score(2), Score(3) > Score(2))

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)


def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=functools.cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(compare_len_then_alpha), reverse=True))
K = functools.cmp_to_key(lambda a, b: a - b)
k = K(5)
print(k.obj, K(1) < K(2), K(3) == K(3), K(2) >= K(9))
print(min([4, 2, 8], key=functools.cmp_to_key(lambda a, b: b - a)))
try:
    hash(k)
except TypeError as e:
    print("TypeError", e)
try:
    k < 5
except TypeError as e:
    print("TypeError", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
c.area = 0
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print("TypeError", e)

cp = functools.cached_property(lambda self: 1)
try:
    cp.__get__(Circle(1), Circle)
except TypeError as e:
    print("TypeError", e)

try:
    class Twice:
        x = functools.cached_property(lambda self: 1)
        y = x
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
