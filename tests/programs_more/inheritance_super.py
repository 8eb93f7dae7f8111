class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __str__(self):
        return f"{type(self).__name__}({self.name})"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        return super(Dog, self).speak() + " (tiny)"


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(Dog("rex", "lab").speak(), Puppy("bit", "pug").speak(), str(Puppy("p", "x")))
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class X(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __init__(self, **kw):
        self.extra = kw

    @classmethod
    def create(cls, **kw):
        return cls(**kw)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.extra})"


class Child(Base):
    pass


print(Child.create(a=1), type(Child.create()) is Child, Base.create.__self__ is Base)
print(isinstance(Puppy("a", "b"), Animal), issubclass(bool, int), issubclass(D, (C,)))
print(Dog.__base__, Animal.__subclasses__(), object.__subclasses__ is not None)
try:
    Dog("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(Dog, 5)
except TypeError as e:
    print(type(e).__name__, e)


class Mixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}


class Record(Mixin, Dog):
    pass


r = Record("r", "mutt")
r._hidden = 1
print(r.to_dict(), r.speak(), Record.__mro__[1].__name__)
print(hasattr(super(), "__class__") if False else "skip", Animal.speak(r))


class Shape:
    def __eq__(self, other):
        return type(self) is type(other)


class Sq(Shape):
    pass


print(Sq() == Sq(), Sq() == Shape(), Sq() != Sq())
try:
    hash(Sq())
except TypeError as e:
    print(type(e).__name__, e)
