# Instance methods, classmethods and staticmethods, called via class and instance.
class Pizza:
    count = 0

    def __init__(self, toppings):
        self.toppings = list(toppings)
        Pizza.count += 1

    def describe(self):
        return "pizza with " + ", ".join(self.toppings)

    @classmethod
    def margherita(cls):
        return cls(["tomato", "mozzarella"])

    @classmethod
    def class_name(cls):
        return cls.__name__

    @staticmethod
    def is_vegetarian(toppings):
        return "ham" not in toppings

class Calzone(Pizza):
    pass

p = Pizza.margherita()
print(p.describe(), type(p).__name__)
c = Calzone.margherita()
print(type(c).__name__, c.class_name(), Calzone.class_name())
print(Pizza.is_vegetarian(["ham"]), p.is_vegetarian(["olive"]))
print(Pizza.count)
print(type(Pizza.__dict__["margherita"]).__name__, type(Pizza.__dict__["is_vegetarian"]).__name__)
print(type(Pizza.margherita).__name__, type(Pizza.is_vegetarian).__name__)
print(Pizza.margherita.__self__ is Pizza, p.margherita.__self__ is Pizza)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    size = sm
    name = cm
print(Late.size("abc"), Late().name())
try:
    Pizza.describe()
except TypeError as e:
    print(type(e).__name__, e)
