# del removes bindings; later reads fall back differently per scope.
x = "global"

def del_local():
    x = "local"
    del x
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)

print(del_local())

class C:
    x = "class"
    del x
    fallback = x

print(C.fallback)

def del_then_reassign():
    v = 1
    del v
    v = 2
    return v

print(del_then_reassign())

def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * 2
        out.append(tmp)
        del tmp
    return out, "tmp" in locals()

print(del_in_loop())

del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
