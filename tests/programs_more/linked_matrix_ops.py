class Node:
    def __init__(self, val, next=None):
        self.val, self.next = val, next
    def __iter__(self):
        node = self
        while node is not None:
            yield node.val
            node = node.next
    def __repr__(self):
        return " -> ".join(map(str, self))
    def __contains__(self, x):
        return any(v == x for v in self)
    def __len__(self):
        return sum(1 for _ in self)
n = Node(1, Node(2, Node(3)))
print(n, len(n), 2 in n, list(reversed(list(n))))
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a*b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __eq__(self, o): return self.rows == o.rows
    __hash__ = None
    def __str__(self): return "\n".join(" ".join(f"{x:3}" for x in r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m @ m)
m[0, 1] = 9
print(m[0, 1], m == Matrix([[1, 9], [3, 4]]))
try:
    {m}
except TypeError as e:
    print(type(e).__name__, e)
try:
    m @ 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1)]), max(Cmp(1), Cmp(5)))
try:
    Cmp(1) > 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(type(e).__name__, e)
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(4))
class Weird:
    def __bool__(self): return 1
try:
    bool(Weird())
except TypeError as e:
    print(type(e).__name__, e)
class L:
    def __len__(self): return -1
try:
    len(L())
except ValueError as e:
    print(type(e).__name__, e)
class R:
    def __repr__(self): return 5
try:
    repr(R())
except TypeError as e:
    print(type(e).__name__, e)
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
print(object.__repr__(n)[:14], str(object)[:5])
class P:
    def __init__(self): self.x = 1
p = P()
print(p.__dict__, P.__dict__["__init__"].__name__, P.__module__, P.__doc__)
p.__dict__["y"] = 2
print(p.y, sorted(vars(p)))
class Q: pass
print(Q() == Q(), bool(Q()), repr(Q)[:17], Q.__name__)
raise KeyError("final")
