# The name bound by `except ... as e` is deleted when the handler ends.
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", type(e).__name__, e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def in_function():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return type(err).__name__ + ": " + str(err) + " / saved " + repr(saved)

print(in_function())

def rebind_inside():
    try:
        raise ValueError("v")
    except ValueError as exc:
        exc = "rebound"
    return "exc" in locals()
print(rebind_inside())

def not_run():
    x = "untouched"
    try:
        pass
    except Exception as x:
        pass
    return x
print(not_run())

keep = []
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as problem:
        keep.append(problem)
print([p.args for p in keep])
print("problem" in globals())
