# Nested try statements: inner handlers, re-raises, and errors inside handlers.
def level3():
    raise ValueError("level3")

def level2():
    try:
        level3()
    except KeyError:
        print("level2 KeyError handler (not matching)")
    finally:
        print("level2 finally")

def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught", e)
        return "handled at level1"

print(level1())

def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner caught", inner, "context", repr(inner.__context__))
        print("still handling first")

handler_raises()

def handler_error_escapes():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise IndexError("b")
        except IndexError:
            print("sibling handler is not used")
    except IndexError as e:
        print("outer caught", repr(e), "context", repr(e.__context__))

handler_error_escapes()

def deep_nesting(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        deep_nesting(n - 1)
    finally:
        print("unwinding", n)
try:
    deep_nesting(3)
except RuntimeError as e:
    print("caught", e)
