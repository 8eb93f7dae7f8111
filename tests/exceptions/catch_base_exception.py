# `except Exception` does not catch BaseException-only classes; `except BaseException` does.
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError):
    try:
        try:
            raise exc("raised")
        except Exception as e:
            print(exc.__name__, "caught by except Exception")
    except BaseException as e:
        print(exc.__name__, "only caught by except BaseException:", repr(e))

def bare_except():
    try:
        raise KeyboardInterrupt
    except:
        return "bare except catches everything"
print(bare_except())

class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("custom base")
    except Exception:
        print("not here")
except MyBase as e:
    print("custom BaseException subclass:", e)

try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("SystemExit code:", e.code)
