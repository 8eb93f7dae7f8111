# NameError message text, including the name attribute.
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.name)

try:
    print(len(nope))
except NameError as e:
    print(type(e).__name__, e)

def f():
    return missing_global

try:
    f()
except NameError as e:
    print(type(e).__name__, e)

class C:
    try:
        in_class_body
    except NameError as e:
        print("class body", type(e).__name__, e)

try:
    del never_was
except NameError as e:
    print(type(e).__name__, e)

try:
    Print("capital P")
except NameError as e:
    print(type(e).__name__, e)

err = None
try:
    raise NameError("custom message")
except NameError as e:
    err = e
print(err, err.args, err.name)
print(NameError("a", "b").args)
