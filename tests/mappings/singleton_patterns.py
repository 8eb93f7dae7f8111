class Meta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Meta):
    def __init__(self, name="default"):
        print("init", name)
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, b.name)
class Null:
    _it = None
    def __new__(cls):
        if Null._it is None:
            Null._it = object.__new__(cls)
        return Null._it
    def __repr__(self):
        return "Null"
    def __bool__(self):
        return False
print(Null() is Null(), Null(), bool(Null()))
