# Free variables that are not yet (or no longer) bound in the enclosing scope.
def early_call():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = "now bound"
    print(inner())

early_call()

def deleted():
    item = 1
    def inner():
        return item
    del item
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)

deleted()

def class_in_function():
    x = "function x"
    class C:
        y = x
        x = "class x"
        z = x
    return C.y, C.z

try:
    print(class_in_function())
except NameError as e:
    print("class body assigning x looks it up as global:", type(e).__name__, e)

def class_reads_only():
    x = "function x"
    class C:
        y = x
    return C.y

print(class_reads_only())

def loop_var_closure():
    fns = []
    for n in range(3):
        fns.append(lambda: n)
    n = "rebound after loop"
    return [f() for f in fns]

print(loop_var_closure())
