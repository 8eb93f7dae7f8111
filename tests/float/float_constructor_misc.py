# float() constructor details and float methods via the type
print(float.fromhex("0x1p3"), float.__name__, type(float("2")).__name__)
print(float("3.5").__repr__(), float.__repr__(2.0), float.__str__(0.1))
class MyFloat(float):
    pass
m = MyFloat(1.5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(m).__name__, isinstance(m, float))
print(float(m), type(float(m)).__name__)
class Tagged(float):
    def __repr__(self):
        return "Tagged(" + float.__repr__(self) + ")"
print(Tagged(2.5), [Tagged(0.1)], str(Tagged(0.5)))
try:
    float("1", "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(x="1")
except TypeError as e:
    print(type(e).__name__, e)
print(float.__add__(1.0, 2.0), float.__mul__(2.0, 3))
print((1.5).__eq__(1.5), (1.5).__eq__("x"), (1.0).__eq__(1))
print(MyFloat.fromhex("0x1p1"), type(MyFloat.fromhex("0x1p1")).__name__)
