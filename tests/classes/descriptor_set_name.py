# __set_name__ gives descriptors their attribute name at class creation.
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset " + self.name)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Positive(Field):
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        super().__set__(obj, value)

print("defining Item")
class Item:
    name = Field()
    price = Positive()
    quantity = Positive()

print("defined")
item = Item()
print(item.name, item.price)
item.name = "widget"
item.price = 3
print(item.name, item.price, sorted(vars(item)))
try:
    item.quantity = -1
except ValueError as e:
    print(type(e).__name__, e)
print(Item.price.name, type(Item.price).__name__)

class Late:
    pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))

class NotDescriptor:
    def __set_name__(self, owner, name):
        print("plain object told its name:", name)
class Holder:
    thing = NotDescriptor()
