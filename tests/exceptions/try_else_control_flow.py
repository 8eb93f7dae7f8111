# Exceptions raised in else are not handled by the same try's handlers; control flow in else.
def else_raises():
    try:
        pass
    except ValueError:
        print("not this handler")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else")

try:
    else_raises()
except ValueError as e:
    print("caught outside:", e)

def else_returns():
    try:
        value = 1
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally runs before returning")
print(else_returns())

for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    except KeyError:
        print("handled", i)
        continue
    else:
        if i == 2:
            print("break from else at", i)
            break
        print("else at", i)
    finally:
        print("finally at", i)

def handler_returns_finally_overrides():
    try:
        raise ValueError
    except ValueError:
        return "from handler"
    else:
        return "from else"
    finally:
        print("finally with pending return")
print(handler_returns_finally_overrides())
