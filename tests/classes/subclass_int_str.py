# Subclassing int and str: __new__ for immutables and arithmetic result types.
class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)
    def half(self):
        return self // 2

e = Even(10)
print(e, e.half(), type(e).__name__, type(e + 2).__name__)
try:
    Even(3)
except ValueError as err:
    print(type(err).__name__, err)
print(e == 10, isinstance(e, int), e * 1.5)

class Money(int):
    def __repr__(self):
        return f"${int(self)}"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(5)
print(repr(m + 3), repr(3 + m), str(m), f"{m}")

class Shout(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
    def exclaim(self):
        return self + "!"

s = Shout("hello")
print(s, s.exclaim(), type(s).__name__, type(s.exclaim()).__name__)
print(s.lower(), type(s.lower()).__name__, len(s), s[1:3])
print(s == "HELLO", "ELL" in s)

class Tag(str):
    pass
t = Tag("x")
t.extra = 1
print(t, t.extra, repr(t))

class Flag(int):
    def __bool__(self):
        return True
print(bool(Flag(0)), Flag(0) + 0)
print(int(Even(4)), str(Shout("a")))
