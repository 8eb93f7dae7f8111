# sys.exc_info() and sys.exception() report the exception being handled.
import sys

print(sys.exc_info())
try:
    raise ValueError("active")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
    print(sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner:", sys.exc_info()[0].__name__)
    print("back to outer:", sys.exc_info()[0].__name__)
print("after handler:", sys.exc_info(), sys.exception())

def in_function():
    return sys.exc_info()[0]

try:
    1 / 0
except ZeroDivisionError:
    print("seen from a called function:", in_function().__name__)

def in_finally():
    try:
        raise IndexError("x")
    finally:
        print("in finally:", sys.exc_info()[0].__name__)
try:
    in_finally()
except IndexError:
    pass
print(sys.exc_info()[1])
