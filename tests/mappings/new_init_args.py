class P:
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)
    def __init__(self, *a, **k):
        print("init", a, k)
P(1, x=2)
class Q(P):
    def __init__(self, y):
        print("Q init", y)
Q(5)
class Int(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Int(4), type(Int(4)).__name__)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(T(1, 2), len(T(1, 2)))
