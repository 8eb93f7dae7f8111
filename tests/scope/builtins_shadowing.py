# Shadowing builtin names at module and function level, and restoring them.
print(len("abc"))
len = lambda x: "shadowed len"
print(len("abc"))
del len
print(len("abc"))

def local_shadow():
    list = "local list"
    return list
print(local_shadow(), list("ab"))

def uses_builtin():
    return max([1, 5, 2])
max = min
print(uses_builtin())
del max
print(uses_builtin())

def param_shadow(str):
    return str * 2
print(param_shadow(3))
print(str(3))

try:
    del len
except NameError as e:
    print(type(e).__name__, e)

True_ = True
print(True_)
class int_like(int):
    pass
int_backup = int
int = int_like
print(type(int(5)).__name__)
int = int_backup
print(type(int(5)).__name__)
