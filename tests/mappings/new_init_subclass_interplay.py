class Base:
    def __new__(cls, *args, **kwargs):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("Base.__init__", args)
class Child(Base):
    def __init__(self, a, b):
        print("Child.__init__", a, b)
        super().__init__(a)
c = Child(1, 2)
class NoInit(Base):
    pass
NoInit(7)
class NewOnly:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj
n = NewOnly(3)
print(n.x)
try:
    NewOnly()
except TypeError as e:
    print(e)
class ReturnsNone:
    def __new__(cls):
        return None
    def __init__(self):
        print("never")
print(ReturnsNone())
