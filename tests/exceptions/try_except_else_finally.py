# Every combination of except / else / finally, with and without an exception.
def run(raise_it):
    print("--- raise" if raise_it else "--- no raise")
    try:
        print("try body")
        if raise_it:
            raise ValueError("boom")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")

run(False)
run(True)

def try_finally_only(raise_it):
    try:
        try:
            if raise_it:
                raise KeyError("k")
            print("body ok")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))

try_finally_only(False)
try_finally_only(True)

def try_except_else():
    for v in ("1", "x"):
        try:
            n = int(v)
        except ValueError as e:
            print("bad:", e)
        else:
            print("parsed", n)

try_except_else()

def no_match():
    try:
        try:
            raise TypeError("not a value error")
        except ValueError:
            print("wrong handler")
        finally:
            print("finally runs while propagating")
    except TypeError as e:
        print("propagated", e)

no_match()
