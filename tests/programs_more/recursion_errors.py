import sys


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit() >= 1000)


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10)), hanoi(2))


def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, (3, [4, [5]])], 6])))
lst = [1]
lst.append(lst)
print(lst, repr(lst) == "[1, [...]]")
d = {}
d["self"] = d
print(d)


def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]


print(perms("abc"), len(perms("abcd")))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)

    def __repr__(self):
        return f"Node({self.v}{', ' if self.kids else ''}{', '.join(map(repr, self.kids))})"

    def total(self):
        return self.v + sum(k.total() for k in self.kids)


t = Node(1, [Node(2, [Node(4)]), Node(3)])
print(t, t.total())
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.argv).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, "big" if sys.byteorder == "big" else "little")
sys.exit("bye now")
