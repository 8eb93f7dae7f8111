class Other:
    def __init__(self):
        print("Other init")
class Weird:
    def __new__(cls, x):
        print("new", x)
        return Other.__new__(Other) if x else 42
    def __init__(self, x):
        print("Weird init", x)
w = Weird(1)
print(type(w).__name__)
print(Weird(0))
class Sub(Weird):
    pass
print(type(Sub(1)).__name__)
class RetSub:
    def __new__(cls):
        return object.__new__(Kid)
    def __init__(self):
        print("RetSub init on", type(self).__name__)
class Kid(RetSub):
    pass
k = RetSub()
print(type(k).__name__)
