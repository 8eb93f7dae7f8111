class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, *args):
        self.args = args
print(OnlyInit(1, 2).args)
try:
    object.__new__(OnlyInit, 1)
except TypeError as e:
    print(e)
class Both:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
    def __init__(self, *a):
        pass
try:
    Both(1)
except TypeError as e:
    print(e)
class InitPass:
    def __init__(self, *a):
        object.__init__(self, *a)
try:
    InitPass(1)
except TypeError as e:
    print(e)
print(type(InitPass()).__name__)
try:
    object.__init__(InitPass(), 1)
except TypeError as e:
    print(e)
