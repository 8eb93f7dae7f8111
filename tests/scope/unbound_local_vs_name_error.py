# UnboundLocalError for locals read before assignment; NameError for unknown names.
x = "global x"

def reads_then_assigns():
    print(x)
    x = "local"

def assigns_later_in_branch(flag):
    if flag:
        y = 1
    return y

def unknown():
    return totally_unknown_name

def augmented():
    x += 1

def deleted_then_read():
    z = 1
    del z
    return z

for fn, args in [(reads_then_assigns, ()), (assigns_later_in_branch, (False,)),
                 (assigns_later_in_branch, (True,)), (unknown, ()), (augmented, ()),
                 (deleted_then_read, ())]:
    try:
        print(fn.__name__, "->", fn(*args))
    except NameError as e:
        print(fn.__name__, type(e).__name__, e)
        print("  is NameError:", isinstance(e, NameError), "is UnboundLocalError:", isinstance(e, UnboundLocalError))

print(issubclass(UnboundLocalError, NameError))

def loop_target_unbound():
    for i in []:
        pass
    return i

try:
    loop_target_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def except_name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err

try:
    except_name_cleared()
except UnboundLocalError as e:
    print(type(e).__name__, e)
