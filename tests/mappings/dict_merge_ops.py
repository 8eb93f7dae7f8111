a = {1: "a", 2: "b"}
b = {2: "B", 3: "C"}
print(a | b, b | a)
c = a
a |= b
print(a, c is a)
a |= [(9, "nine")]
print(a)
try:
    a | [(1, 2)]
except TypeError as e:
    print(e)
try:
    a |= 5
except TypeError as e:
    print(e)
class D(dict): pass
print(type(D(x=1) | {}).__name__, type({} | D(x=1)).__name__)
