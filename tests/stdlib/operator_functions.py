# the operator module: operators as functions
import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.not_(0), operator.truth([]), operator.truth([0]))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2))
print(operator.gt("b", "a"), operator.ge([1], [1, 0]))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.invert(5), operator.inv(0), operator.lshift(1, 8), operator.rshift(256, 4))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2,)))
print(operator.contains([1, 2, 3], 2), operator.contains("abc", "z"))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"))
print(operator.is_(None, None), operator.is_not(1, None))
print(operator.index(7), operator.index(True), type(operator.index(True)).__name__)
print(operator.call(max, 3, 9, 4), operator.matmul.__name__)
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d)
lst = list(range(10))
print(operator.getitem(lst, slice(2, 5)))
operator.setitem(lst, slice(0, 3), ["x"])
print(lst)
operator.delitem(lst, slice(0, 5))
print(lst)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))),
      operator.length_hint(x for x in []), operator.length_hint(object(), 7))
print(reduce(operator.mul, range(1, 6)), reduce(operator.or_, [1, 2, 4]))

a = [1]
b = operator.iadd(a, [2])
print(a, b, a is b)
t = (1,)
u = operator.iadd(t, (2,))
print(t, u)
s = {1}
operator.ior(s, {5})
operator.iand(s, {1, 5, 9})
print(s)
print(operator.isub(10, 3), operator.imul(3, 4), operator.itruediv(9, 2),
      operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3),
      operator.ilshift(1, 3), operator.irshift(16, 2), operator.ixor(6, 3),
      operator.iconcat([1], (2, 3)))
print(operator.__add__(1, 2), operator.__not__(1), operator.__getitem__("ab", 1))

for bad in [lambda: operator.indexOf([1, 2], 3),
            lambda: operator.index(1.5),
            lambda: operator.index("3"),
            lambda: operator.concat(1, 2),
            lambda: operator.iconcat(1, [2]),
            lambda: operator.add(1, "a"),
            lambda: operator.truediv(1, 0),
            lambda: operator.getitem([1], 5),
            lambda: operator.getitem({}, "k"),
            lambda: operator.neg("x"),
            lambda: operator.lt(1, "a"),
            lambda: operator.countOf(5, 1),
            lambda: operator.length_hint([], "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class Hinted:
    def __init__(self, n):
        self.n = n

    def __length_hint__(self):
        return self.n


print(operator.length_hint(Hinted(4)), operator.length_hint(Hinted(NotImplemented), 9))
for n in [-1, "x"]:
    try:
        operator.length_hint(Hinted(n))
    except Exception as e:
        print(type(e).__name__, e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __index__(self):
        return self.cents

    def __repr__(self):
        return f"Money({self.cents})"


print(operator.add(Money(5), Money(7)), operator.index(Money(3)))
print(reduce(operator.add, [Money(1), Money(2), Money(3)]))
print(sorted(name for name in operator.__all__)[:5], len(operator.__all__))
