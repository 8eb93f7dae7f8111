from abc import ABC, ABCMeta
from collections.abc import Sequence
class A(ABC):
    pass
try:
    A.register(5)
except TypeError as e:
    print(e)
class B(A):
    pass
try:
    B.register(A)
except RuntimeError as e:
    print(e)
print(A.register(B) is B)
print(isinstance(3, A))
A.register(int)
print(isinstance(3, A), issubclass(bool, A), issubclass(float, A))
try:
    issubclass(3, A)
except TypeError as e:
    print(e)
print(isinstance([], (A, Sequence)))
