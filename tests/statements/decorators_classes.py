# Class decorators and method decorators inside classes.
def add_greeting(cls):
    print("decorating class", cls.__name__)
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls

def count_instances(cls):
    original_init = cls.__init__
    cls.count = 0
    def __init__(self, *args):
        cls.count += 1
        original_init(self, *args)
    cls.__init__ = __init__
    return cls

@add_greeting
@count_instances
class Thing:
    def __init__(self, name):
        self.name = name

a = Thing("a")
b = Thing("b")
print(a.greet(), Thing.count, b.name)

def shout(method):
    def wrapper(self, *args):
        return method(self, *args).upper()
    return wrapper

class Speaker:
    @shout
    def say(self, word):
        return "say " + word
    @staticmethod
    @shout
    def broken(x):
        return x

print(Speaker().say("hi"))
print(Speaker.broken("quiet"))
try:
    Speaker.broken(5)
except AttributeError as e:
    print(type(e).__name__, e)

def as_dict(cls):
    return {k: v for k, v in vars(cls).items() if not k.startswith("__")}

@as_dict
class Config:
    host = "localhost"
    port = 8080
print(type(Config).__name__, sorted(Config.items()))
