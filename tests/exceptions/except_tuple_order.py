# except clauses are tried in order; tuples match any member; first match wins.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-tuple " + type(e).__name__
    except LookupError:
        return "LookupError (never reached for Key/Index)"
    except (TypeError, ValueError) as e:
        return "type-or-value " + type(e).__name__
    except ArithmeticError as e:
        return "arithmetic " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__

for exc in (KeyError, IndexError, TypeError("t"), UnicodeError(),
            ZeroDivisionError(), OverflowError(), RuntimeError(), NotImplementedError()):
    print(classify(exc))

def first_wins():
    try:
        raise ZeroDivisionError
    except ArithmeticError:
        return "ArithmeticError listed first wins"
    except ZeroDivisionError:
        return "unreachable"
print(first_wins())

handlers = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except handlers as e:
    print("caught via variable tuple:", e)

try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise KeyError("nested tuple")
    except (IndexError, (ValueError, (KeyError,))) as e:
        print("caught", repr(e))
except TypeError as e:
    print("nested tuples are rejected:", type(e).__name__, e)
