# property with getter, setter and deleter; read-only properties.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        print("get celsius")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        "Read-only Fahrenheit view."
        return self._celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.fahrenheit.__doc__)
print(type(Temperature.celsius).__name__)
prop = Temperature.celsius
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)

class Old:
    def _get(self):
        return "classic"
    value = property(_get)
print(Old().value)
print(Old.value.fset)
