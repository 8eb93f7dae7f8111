# Methods see the defining class through the implicit __class__ cell (used by super()).
class Base:
    def who(self):
        return "Base.who"

class Child(Base):
    def defining_class(self):
        return __class__
    def who(self):
        return "Child.who -> " + super().who()
    def explicit_super(self):
        return super(__class__, self).who()

class GrandChild(Child):
    def who(self):
        return "GrandChild.who -> " + super().who()

g = GrandChild()
print(g.defining_class().__name__, type(g).__name__)
print(g.who())
print(g.explicit_super())

def outside(self):
    return super().who()
Child.outside = outside
try:
    g.outside()
except RuntimeError as e:
    print(type(e).__name__, e)

class Renamed(Base):
    def who(self):
        return "Renamed -> " + super().who()
Original = Renamed
Renamed = None
print(Original().who())

class UsesClassName:
    def make(self):
        return __class__()
print(type(UsesClassName().make()).__name__)

class StaticSuper(Base):
    @staticmethod
    def helper():
        return __class__.__name__
print(StaticSuper.helper())
