from abc import ABC, abstractmethod
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @property
    def greeting(self):
        return f"hi {self.name}"
class Impl(Base):
    @property
    def name(self):
        return "impl"
    @property
    def greeting(self):
        return super().greeting + "!"
print(Impl().greeting)
try:
    Base()
except TypeError as e:
    print(e)
class P:
    def __init__(self): self._v = 0
    v = property(lambda self: self._v, lambda self, x: setattr(self, "_v", x), doc="value")
p = P(); p.v = 9
print(p.v, P.v.__doc__, P.v.fget(p), type(P.v).__name__, P.v.setter is not None)
class Child(P):
    @P.v.getter
    def v(self):
        return self._v * 2
c = Child(); c.v = 4
print(c.v)
import sys
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print(sys.stdout.write("x") if False else "skip")
print("{name:>{w}}|{0:^{w}}".format("c", name="n", w=4), "{:{}{}}".format(3.14159, ".", "3"))
print("%s %s" % ("a", [1]), "%d%%" % 50, "%c%c" % (72, "i"), "%.3s" % "abcdef", "%+05d" % 3)
print(format(1234.5, ",.1f"), format(-1, "+"), format(5, "x>4"), format(12345678, ",d"), format(0.1, ".0e"))
print(str.format_map("{a}-{b}", {"a": 1, "b": 2}), "{!s:>4}".format(None))
print(sorted([("b", 1), ("a", 1), ("c", 0)], key=lambda t: t[1]))
print(int("1_000"), float("1_0.5"), int("-0x1f", 16), int("0o17", 0), float(" -1.5e3 "))
print(list(divmod(x, 3) for x in range(4)), pow(2, 0.5), 10 ** 0.5 == 10 ** (1/2))
print(max([1, 2], [1, 3]), min("hello"), sorted({1: 'b', 0: 'a'}.values()))
