# super() with zero arguments and with two arguments, through diamonds.
class Base:
    def hello(self):
        return ["Base"]
    @classmethod
    def create(cls):
        return "created " + cls.__name__

class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Diamond(Left, Right):
    def hello(self):
        return ["Diamond"] + super().hello()
    @classmethod
    def create(cls):
        return super().create() + " via Diamond"

d = Diamond()
print(d.hello())
print(super(Left, d).hello())
print(super(Right, d).hello())
print(super(Diamond, d).hello())
print(Diamond.create())
print(super(Diamond, Diamond).create())

class Attr(Base):
    value = "Attr value"
class Child(Attr):
    value = "Child value"
    def show(self):
        return super().value, self.value
print(Child().show())
try:
    super(Base, d).hello()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(int, d)
except TypeError as e:
    print(type(e).__name__, e)

class InitChain(Left):
    def __init__(self):
        super().__init__()
        self.ready = True
print(InitChain().ready)

def outside_method():
    return super().hello()
try:
    outside_method()
except RuntimeError as e:
    print(type(e).__name__, e)
