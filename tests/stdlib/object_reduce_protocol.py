class A: pass
class S:
    __slots__=('a','b')
class L(list): pass
print(object().__sizeof__(), A().__sizeof__(), S().__sizeof__())
print(object().__reduce_ex__(4)[1:], A().__reduce_ex__(2)[1:], object().__reduce__()[1:])
a=A(); a.x=1; print(a.__reduce_ex__(4)[1:], a.__getstate__(), a.__getstate__() is a.__dict__)
s=S(); s.a=1; print(s.__reduce_ex__(4)[1:], s.__getstate__())
print(L([1]).__reduce_ex__(4)[1:3], list(L([1]).__reduce_ex__(4)[3]))
try: A().__reduce_ex__()
except Exception as e: print(e)
import copyreg; print(copyreg.__newobj__.__name__)
try: (x for x in []).__reduce_ex__(4)
except Exception as e: print(e)
print(object.__reduce_ex__, object.__getstate__, object.__sizeof__)
print(dir(object()) == sorted(set(dir(object()))), len(dir(object())), dir(object()))
print(int.__module__, A.__module__, ValueError.__module__)
try: print((3).__module__)
except AttributeError as e: print(e)
try: int.__module__ = 'x'
except TypeError as e: print(e)
A.__module__ = 'zz'; print(A)
print(S.__slotnames__)
