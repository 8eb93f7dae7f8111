# The `except ... as name` target is unbound at the end of the handler, however it is left.
e = "a value that existed before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler:", repr(e))
print("'e' in globals():", "e" in globals())

def leave_by_return():
    try:
        raise KeyError("k")
    except KeyError as err:
        return repr(err)
print(leave_by_return())

def leave_by_break_then_use():
    for _ in range(1):
        try:
            raise IndexError("i")
        except IndexError as err:
            break
    try:
        return err
    except UnboundLocalError as problem:
        return type(problem).__name__ + ": " + str(problem)
print(leave_by_break_then_use())

def nested_same_name():
    try:
        raise ValueError("outer")
    except ValueError as err:
        try:
            raise TypeError("inner")
        except TypeError as err:
            print("inner handler:", repr(err))
        try:
            print(err)
        except UnboundLocalError as problem:
            print("outer name is gone too:", problem)
nested_same_name()

def keep_a_copy():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return type(saved).__name__, str(saved)
print(keep_a_copy())

def del_inside_handler():
    try:
        raise ValueError
    except ValueError as err:
        del err
    return "deleting it inside the handler is allowed"
print(del_inside_handler())
