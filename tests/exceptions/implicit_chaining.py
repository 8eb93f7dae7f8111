# Exceptions raised while handling another get __context__ set automatically.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("finally raise context:", repr(e.__context__))

def chain_of_three():
    try:
        try:
            raise OSError("first")
        except OSError:
            raise TypeError("second")
    except TypeError:
        raise RuntimeError("third")

try:
    chain_of_three()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))

try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise v
except ValueError as e:
    print("re-raising itself keeps context None:", e.__context__)

try:
    try:
        raise ValueError("outer")
    except ValueError:
        pass
    raise KeyError("after handler")
except KeyError as e:
    print("no context after handler finished:", e.__context__)
