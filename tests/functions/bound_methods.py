# Bound and unbound methods, __self__ and __func__.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="hello"):
        return greeting + ", " + self.name

g = Greeter("ann")
bound = g.greet
print(bound())
print(bound("hi"))
print(bound.__self__ is g, bound.__func__ is Greeter.greet)
print(bound.__name__, bound.__qualname__)
print(Greeter.greet(g, "hey"))
print(type(bound).__name__, type(Greeter.greet).__name__)
print(g.greet == g.greet, g.greet is g.greet)
h = Greeter("bob")
print(g.greet == h.greet)
methods = [Greeter(n).greet for n in ("x", "y")]
print([m() for m in methods])

def external(self):
    return "external sees " + self.name
Greeter.external = external
print(g.external())

g.instance_fn = lambda: "no self passed"
print(g.instance_fn())

print("abc".upper.__self__, str.upper("xyz"))
append = [].append
append(1)
print(append.__self__)
print([1, 2].__len__())
print(type([].append).__name__, type(str.upper).__name__)
