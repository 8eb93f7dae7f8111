# super(): zero-arg and explicit forms, MRO with diamonds, classmethods
class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    @classmethod
    def make(cls):
        return "D>" + super().make()
print(D().who(), [k.__name__ for k in D.__mro__], D.make())
print(super(B, D()).who(), super(C, D()).who(), super(D, D()).who())
class Init:
    def __init__(self, v):
        self.v = v
class Sub(Init):
    def __init__(self, v):
        super().__init__(v * 2)
print(Sub(5).v)
class MyList(list):
    def append(self, x):
        super().append(x * 10)
m = MyList()
m.append(1)
print(m)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
