# Single inheritance: overriding, extending, and attribute lookup through bases.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " (age " + str(self.age) + ")"

animals = [Animal("generic"), Dog("rex"), Puppy("bit", 1)]
for a in animals:
    print(type(a).__name__, "|", a.speak(), "|", a.kind())

print(isinstance(animals[2], Animal), isinstance(animals[0], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Dog.__subclasses__()[0].__name__)
print(Puppy.sound, "sound" in Puppy.__dict__)
Animal.sound = "changed"
print(Animal("x").speak(), Dog("y").speak())
class Empty(Dog):
    pass
print(Empty("e").speak())
print(object.__bases__, object.__mro__[0].__name__)
