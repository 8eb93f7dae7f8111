# Binary operators try __op__ on the left, then __rop__ on the right.
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V({self.n})"
    def __add__(self, other):
        print("V.__add__", self, other)
        if isinstance(other, V):
            return V(self.n + other.n)
        if isinstance(other, int):
            return V(self.n + other)
        return NotImplemented
    def __radd__(self, other):
        print("V.__radd__", self, other)
        if isinstance(other, int):
            return V(other + self.n)
        return NotImplemented
    def __mul__(self, other):
        return V(self.n * other) if isinstance(other, int) else NotImplemented
    __rmul__ = __mul__
    def __sub__(self, other):
        return V(self.n - other)
    def __rsub__(self, other):
        return V(other - self.n)
    def __truediv__(self, other):
        return V(self.n / other)
    def __rtruediv__(self, other):
        return V(other / self.n)
    def __floordiv__(self, o): return V(self.n // o)
    def __rfloordiv__(self, o): return V(o // self.n)
    def __mod__(self, o): return V(self.n % o)
    def __rmod__(self, o): return V(o % self.n)
    def __pow__(self, o): return V(self.n ** o)
    def __rpow__(self, o): return V(o ** self.n)
    def __lshift__(self, o): return V(self.n << o)
    def __rlshift__(self, o): return V(o << self.n)
    def __and__(self, o): return V(self.n & o)
    def __rand__(self, o): return V(o & self.n)
    def __or__(self, o): return V(self.n | o)
    def __ror__(self, o): return V(o | self.n)
    def __xor__(self, o): return V(self.n ^ o)
    def __rxor__(self, o): return V(o ^ self.n)
    def __matmul__(self, o): return "matmul " + repr(o)
    def __rmatmul__(self, o): return "rmatmul " + repr(o)

print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(V(3) * 4, 4 * V(3))
print(10 - V(3), V(10) - 3)
print(1 / V(4), V(1) / 4)
print(17 // V(5), V(17) // 5, 17 % V(5), V(17) % 5)
print(2 ** V(10), V(2) ** 10)
print(1 << V(4), V(1) << 4)
print(12 & V(10), 12 | V(10), 12 ^ V(10), V(12) & 10)
print(V(1) @ 2, 2 @ V(1))
try:
    V(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
