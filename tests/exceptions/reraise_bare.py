# Bare raise re-raises the exception currently being handled.
def handler_reraises():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise

try:
    handler_reraises()
except ValueError as e:
    print("outer got", repr(e))

def nested_reraise():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise

try:
    nested_reraise()
except Exception as e:
    print("bare raise after inner handler:", repr(e))

def reraise_in_finally_handler():
    try:
        try:
            raise TypeError("t")
        finally:
            print("finally before re-raise")
    except TypeError:
        raise

try:
    reraise_in_finally_handler()
except TypeError as e:
    print("got", repr(e))

def reraise_modified():
    try:
        raise ValueError("first")
    except ValueError as e:
        e.args = ("modified",)
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e)

def raise_e_explicit():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    raise_e_explicit()
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.__context__)
