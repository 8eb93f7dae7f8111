# operator's functions are builtins: reprs, argument errors, use as callbacks
import operator
from functools import reduce

print(operator.add, operator.not_, operator.__add__, operator.iadd, operator.itemgetter)
print(operator.add.__name__, operator.lt.__name__, type(operator.add).__name__)
for bad in [lambda: operator.add(1),
            lambda: operator.neg(),
            lambda: operator.not_(),
            lambda: operator.lt(1),
            lambda: operator.getitem(1),
            lambda: operator.is_(1),
            lambda: operator.contains(1),
            lambda: operator.setitem(1, 2),
            lambda: operator.add(a=1, b=2),
            lambda: operator.truth(),
            lambda: operator.iadd(1),
            lambda: operator.pow(2, -1, 5),
            lambda: operator.contains(5, 1),
            lambda: operator.setitem((1,), 0, 2),
            lambda: operator.delitem("ab", 0),
            lambda: operator.invert(1.5),
            lambda: operator.abs("x"),
            lambda: operator.pos([]),
            lambda: operator.matmul(1, 2),
            lambda: operator.imatmul(1, 2),
            lambda: operator.ilshift("a", 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(sorted([3, 1, 2], key=operator.neg), list(filter(operator.truth, [0, 1, "", "a"])))
print(reduce(operator.xor, range(16)), reduce(operator.lshift, [1, 2, 3]))
print(operator.eq([1], [1]), operator.ne(1, 1.0), operator.lt((1, 2), (1, 3)))
print(operator.pow(2, 0.5), operator.truediv(1, 3), operator.floordiv(-7, 2), operator.mod(-7, 2))
print(operator.is_not(None, None), operator.contains({"a": 1}, "a"), operator.getitem("abc", -1))


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __iadd__(self, other):
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self

    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)

    def __neg__(self):
        return Vec(*(-x for x in self.xs))


v = Vec(1, 2)
print(operator.matmul(v, Vec(3, 4)), operator.iadd(v, Vec(1, 1)) is v, v.xs)
print(operator.lt(Vec(1), Vec(2)), operator.gt(Vec(1), Vec(2)), operator.neg(v).xs)
