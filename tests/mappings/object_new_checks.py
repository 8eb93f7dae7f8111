class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
try:
    object.__new__(A, 1)
except TypeError as e:
    print(e)
class B:
    def __init__(self, x):
        self.x = x
print(object.__new__(B).__class__.__name__)
try:
    object.__new__(B, 1)
except TypeError as e:
    print(e)
print(B(3).x)
class C:
    def __new__(cls, x):
        return super().__new__(cls)
try:
    object.__new__(C, 1)
except TypeError as e:
    print(e)
print(type(C(1)).__name__)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    object.__new__()
except TypeError as e:
    print(e)
try:
    object()
    object(1)
except TypeError as e:
    print(e)
try:
    B()
except TypeError as e:
    print(e)
class D:
    def __init__(self):
        return 5
try:
    D()
except TypeError as e:
    print(e)
