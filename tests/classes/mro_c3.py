# C3 method resolution order for multiple inheritance, and inconsistent hierarchies.
def mro(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, mro(cls))

class Left: 
    def who(self):
        return "Left"
class Right:
    def who(self):
        return "Right"
class Both(Left, Right): pass
class Flipped(Right, Left): pass
print(Both().who(), Flipped().who())

class X: pass
class Y(X): pass
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
try:
    class Mixed(PQ, QP):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(P, P):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(mro(bool), mro(Y))
print(Z.mro() == list(Z.__mro__))
